#include "SignatureInfo.h"

#include "core/Logging.h"

#include <poppler-form.h>
#include <poppler-qt6.h>

namespace {
QString signatureStatusCode(Poppler::SignatureValidationInfo::SignatureStatus s)
{
    using S = Poppler::SignatureValidationInfo;
    switch (s) {
    case S::SignatureValid:
        return QStringLiteral("valid");
    case S::SignatureInvalid:
        return QStringLiteral("invalid");
    case S::SignatureDigestMismatch:
        return QStringLiteral("digest_mismatch");
    case S::SignatureDecodingError:
        return QStringLiteral("decoding_error");
    case S::SignatureGenericError:
        return QStringLiteral("error");
    case S::SignatureNotFound:
        return QStringLiteral("not_found");
    case S::SignatureNotVerified:
        return QStringLiteral("not_verified");
    }
    return QStringLiteral("error");
}

QString certificateStatusCode(Poppler::SignatureValidationInfo::CertificateStatus s)
{
    using S = Poppler::SignatureValidationInfo;
    switch (s) {
    case S::CertificateTrusted:
        return QStringLiteral("trusted");
    case S::CertificateUntrustedIssuer:
        return QStringLiteral("untrusted_issuer");
    case S::CertificateUnknownIssuer:
        return QStringLiteral("unknown_issuer");
    case S::CertificateRevoked:
        return QStringLiteral("revoked");
    case S::CertificateExpired:
        return QStringLiteral("expired");
    case S::CertificateGenericError:
        return QStringLiteral("error");
    case S::CertificateNotVerified:
        return QStringLiteral("not_verified");
    }
    return QStringLiteral("error");
}
} // namespace

QJsonObject SignatureInfo::toJson() const
{
    return QJsonObject {
        { QStringLiteral("signer"), signer },
        { QStringLiteral("signed_at"), signedAt.isValid() ? QJsonValue(signedAt.toUTC().toString(Qt::ISODate))
                                                          : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("valid"), valid },
        { QStringLiteral("trusted"), trusted },
        { QStringLiteral("covers_whole_document"), coversWholeDocument },
        { QStringLiteral("status"), status },
        { QStringLiteral("certificate"), certificate },
    };
}

QList<SignatureInfo> SignatureInfo::read(const QByteArray& pdf)
{
    QList<SignatureInfo> out;
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc || doc->isLocked())
        return out;
    const std::vector<std::unique_ptr<Poppler::FormFieldSignature>> signatures = doc->signatures();
    for (const auto& field : signatures) {
        if (field->signatureType() == Poppler::FormFieldSignature::UnsignedSignature)
            continue;
        const Poppler::SignatureValidationInfo v
            = field->validate(Poppler::FormFieldSignature::ValidateVerifyCertificate
                                  | Poppler::FormFieldSignature::ValidateWithoutOCSPRevocationCheck,
                              QDateTime());
        SignatureInfo s;
        s.signer = v.signerName();
        if (v.signingTime() > 0)
            s.signedAt = QDateTime::fromSecsSinceEpoch(v.signingTime(), Qt::UTC);
        s.valid = v.signatureStatus() == Poppler::SignatureValidationInfo::SignatureValid;
        s.trusted = v.certificateStatus() == Poppler::SignatureValidationInfo::CertificateTrusted;
        s.coversWholeDocument = v.signsTotalDocument();
        s.status = signatureStatusCode(v.signatureStatus());
        s.certificate = certificateStatusCode(v.certificateStatus());
        qCDebug(lcChecks) << "signature" << s.signer << s.status << s.certificate;
        out.append(s);
    }
    return out;
}

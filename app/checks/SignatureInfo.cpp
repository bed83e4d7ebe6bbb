#include "SignatureInfo.h"

#include "core/Logging.h"
#include "documents/ScanModule.h"

#include <QCoreApplication>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace Mandat {

namespace {
QString statusCode(const QString& text)
{
    static const QList<QPair<const char*, const char*>> map {
        { "Signature is Valid", "valid" },
        { "Signature is Invalid", "invalid" },
        { "Digest Mismatch", "digest_mismatch" },
        { "Document isn't signed or corrupted data", "decoding_error" },
        { "Signature has not yet been verified", "not_verified" },
    };
    for (const auto& m : map) {
        if (text.startsWith(QLatin1String(m.first)))
            return QLatin1String(m.second);
    }
    return QStringLiteral("error");
}

QString certificateCode(const QString& text)
{
    static const QList<QPair<const char*, const char*>> map {
        { "Certificate is Trusted", "trusted" },
        { "Certificate issuer isn't Trusted", "untrusted_issuer" },
        { "Certificate issuer is unknown", "unknown_issuer" },
        { "Certificate has been Revoked", "revoked" },
        { "Certificate has Expired", "expired" },
        { "Certificate has not yet been verified", "not_verified" },
    };
    for (const auto& m : map) {
        if (text.startsWith(QLatin1String(m.first)))
            return QLatin1String(m.second);
    }
    return QStringLiteral("error");
}
} // namespace

QJsonObject SignatureInfo::toJson() const
{
    return QJsonObject {
        { QStringLiteral("signer"), signer },
        { QStringLiteral("signed_at"),
          signedAt.isValid() ? QJsonValue(signedAt.toUTC().toString(Qt::ISODate))
                             : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("valid"), valid },
        { QStringLiteral("trusted"), trusted },
        { QStringLiteral("covers_whole_document"), coversWholeDocument },
        { QStringLiteral("status"), status },
        { QStringLiteral("certificate"), certificate },
    };
}

int SignatureInfo::countSigned(const QByteArray& pdf)
{
    // Poppler-qt6 reads the signature fields, in the scans module.
    return Scans::countSigned(pdf);
}

QList<SignatureInfo> SignatureInfo::parsePdfsig(const QString& output)
{
    QList<SignatureInfo> out;
    for (const QString& raw : output.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1String("Signature #"))) {
            SignatureInfo s;
            s.status = QStringLiteral("not_verified");
            s.certificate = QStringLiteral("not_verified");
            out.append(s);
            continue;
        }
        if (out.isEmpty() || !line.startsWith(QLatin1String("- ")))
            continue;
        SignatureInfo& s = out.last();
        const QString item = line.mid(2);
        const QString value = item.section(QLatin1String(": "), 1).trimmed();
        if (item.startsWith(QLatin1String("Signer Certificate Common Name:"))) {
            s.signer = value;
        } else if (item.startsWith(QLatin1String("Signing Time:"))) {
            // pdfsig prints the local time as "Nov 23 2026 15:44:15".
            const QDateTime local = QLocale::c().toDateTime(value, QStringLiteral("MMM dd yyyy HH:mm:ss"));
            s.signedAt = local.isValid() ? local.toUTC() : QDateTime();
        } else if (item.startsWith(QLatin1String("Total document signed"))) {
            s.coversWholeDocument = true;
        } else if (item.startsWith(QLatin1String("Signature Validation:"))) {
            s.status = statusCode(value);
            s.valid = s.status == QLatin1String("valid");
        } else if (item.startsWith(QLatin1String("Certificate Validation:"))) {
            s.certificate = certificateCode(value);
            s.trusted = s.certificate == QLatin1String("trusted");
        }
    }
    return out;
}

QList<SignatureInfo> SignatureInfo::read(const QByteArray& pdf, QString* error)
{
    if (countSigned(pdf) == 0)
        return {};
    const QString pdfsig = QStandardPaths::findExecutable(QStringLiteral("pdfsig"));
    QTemporaryFile file;
    if (pdfsig.isEmpty() || !file.open() || file.write(pdf) != pdf.size() || !file.flush()) {
        *error
            = QCoreApplication::translate("SignatureInfo",
                                          "The PDF is digitally signed, but its signature cannot be checked "
                                          "here (Poppler's pdfsig is missing).");
        return {};
    }
    QProcess process;
    process.start(pdfsig, { QStringLiteral("-no-ocsp"), file.fileName() });
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        *error = QCoreApplication::translate("SignatureInfo", "The digital signature could not be checked.");
        return {};
    }
    const QList<SignatureInfo> signatures = parsePdfsig(QString::fromUtf8(process.readAllStandardOutput()));
    qCDebug(lcChecks) << "pdfsig found" << signatures.size() << "signatures";
    if (signatures.isEmpty())
        *error = QCoreApplication::translate("SignatureInfo", "The digital signature could not be checked.");
    return signatures;
}

} // namespace Mandat

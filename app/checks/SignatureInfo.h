#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Mandat {

/*
 * The digital signatures of a PDF, validated by Poppler without any OCSP request.
 *
 * Validation runs Poppler's `pdfsig` in a child process: Poppler-qt6 22.12's
 * FormFieldSignature::validate() reads the signer's subject DN after freeing it and
 * crashes the caller at random, and a document from outside must never take the
 * application down. Finding whether a PDF is signed at all stays in-process and cheap.
 */
struct SignatureInfo
{
    QString signer;
    QDateTime signedAt;
    bool valid = false; // the bytes are unchanged since signing
    bool trusted = false; // the certificate chains to a trusted root
    bool coversWholeDocument = false;
    QString status; // valid, invalid, digest_mismatch, decoding_error, not_verified, error
    QString certificate; // trusted, untrusted_issuer, unknown_issuer, revoked, expired, not_verified, error

    QJsonObject toJson() const;

    // The signed signature fields (-1 when the scans module that reads them is missing).
    static int countSigned(const QByteArray& pdf);
    // *error is set when signatures exist but could not be validated.
    static QList<SignatureInfo> read(const QByteArray& pdf, QString* error);
    // Parses pdfsig's report (kept separate for the tests).
    static QList<SignatureInfo> parsePdfsig(const QString& output);
};

} // namespace Mandat

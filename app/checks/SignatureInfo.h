#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// A digital signature found in a PDF, as Poppler validated it (no OCSP request).
struct SignatureInfo
{
    QString signer;
    QDateTime signedAt;
    bool valid = false; // the bytes are unchanged since signing
    bool trusted = false; // the certificate chains to a trusted root
    bool coversWholeDocument = false;
    QString status; // signature status code
    QString certificate; // certificate status code

    QJsonObject toJson() const;
    static QList<SignatureInfo> read(const QByteArray& pdf);
};

#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace Mandat {

/*
 * A file attached to a dossier. Its bytes live in the profile's content-addressed store
 * under their SHA-256; the row keeps what the user and the checks need to know of it.
 */
struct Document
{
    enum class Kind { FilledMandate, SignedMandate, Kbis, Invoice };
    // How the issue date was obtained.
    enum class DateSource { Unknown, FoundInText, EnteredByHand };

    QUuid id;
    QUuid dossierId;
    Kind kind = Kind::Invoice;
    QString originalName;
    qint64 size = 0;
    QString sha256; // lower-case hex
    QString mediaType;
    QDate issueDate;
    DateSource dateSource = DateSource::Unknown;
    QString dateSnippet; // the text the date was read from
    QDateTime addedAt;
    int pages = 0;
    QList<int> ocrPages; // 1-based pages whose text came from OCR
    bool signatureConfirmed = false; // the user saw signature and stamp on a scanned mandate
    QDateTime signatureConfirmedAt; // when and by whom (also in the dossier's history)
    QString signatureConfirmedBy;

    static QString kindCode(Kind kind);
    static bool kindFromCode(const QString& code, Kind* out);
    static QString kindLabel(Kind kind);
    static QString dateSourceCode(DateSource source);
    static DateSource dateSourceFromCode(const QString& code);
};

} // namespace Mandat

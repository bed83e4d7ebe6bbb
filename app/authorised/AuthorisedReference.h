#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace Mandat {

class AuthorisedList;
class Database;

/*
 * The last list of authorised numbers given out (exported from the window, or recorded by
 * `numbers authorised --record`), kept in the profile: the reference the next export's
 * changes are counted from. Only the last list's numbers are kept; each recorded export
 * leaves a line (when, for which day, how, by whom, how many numbers).
 */
class AuthorisedReference
{
    Q_DECLARE_TR_FUNCTIONS(AuthorisedReference)

public:
    struct Entry
    {
        QString siren;
        QString e164;
        QString clientName;
        QUuid dossierId;
        QString dossierName;
        QDate validUntil;
    };

    QDateTime recordedAt; // UTC
    QDate on; // the day the list was for
    QString via; // "cli", "csv", "pdf"
    QString by;
    QList<Entry> entries;

    // The last recorded list; std::nullopt with an empty *error when none was ever recorded.
    static std::optional<AuthorisedReference> last(Database& db, QString* error);
    // Makes `list` the reference, in one transaction; `via` says how it was given out.
    static bool record(Database& db, const AuthorisedList& list, const QString& via, const QString& by,
                       QString* error);
};

} // namespace Mandat

#pragma once

#include "AuthorisedChanges.h"
#include "AuthorisedList.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Mandat {

class Profile;

/*
 * The list of authorised numbers as a file for the operator or the provider's records:
 * CSV (one row per number, the changes since the last list in a column, the numbers that
 * left at the end) or PDF (per client, then the changes). Exporting records the list as the
 * reference the next export's changes count from (AuthorisedReference).
 */
class AuthorisedListExport
{
    Q_DECLARE_TR_FUNCTIONS(AuthorisedListExport)

public:
    enum class Format { Csv, Pdf };

    struct Result
    {
        int clients = 0;
        int numbers = 0;
        AuthorisedChanges changes;
    };

    // The format a path's extension names (.csv or .pdf); `fallback` otherwise.
    static Format formatOf(const QString& path, Format fallback);

    // The list on `on`, its changes since the reference, written to `path`, then recorded.
    static bool exportTo(Profile& profile, const QDate& on, Format format, const QString& path,
                         Result* result, QString* error);

    static QByteArray csv(const AuthorisedList& list, const AuthorisedChanges& changes);
    // PDF needs a QGuiApplication (fonts).
    static bool writePdf(const AuthorisedList& list, const AuthorisedChanges& changes,
                         const QString& provider, const QString& path, QString* error);
};

} // namespace Mandat

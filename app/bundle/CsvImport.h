#pragma once

#include "CsvReader.h"
#include "model/Dossier.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <functional>

namespace Mandat {

class Database;
class DossierStore;

/*
 * Client companies and dossiers from a spreadsheet: each column mapped to a dossier field
 * (proposed from the header, corrected by the user, remembered for files with the same
 * columns), every row checked — SIREN, numbers against the numbering plan and the use,
 * duplicates in the file and in the profile — and the valid rows written in one
 * transaction. Invalid rows are listed with their line and reasons; none is half-imported.
 * The CLI's import-csv and the application's wizard share it.
 */
class CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(CsvImport)

public:
    enum class Field {
        Ignore,
        Name,
        ClientName,
        LegalForm,
        Siren,
        Address,
        RcsCity,
        RepresentativeName,
        RepresentativeTitle,
        Numbers,
        Use,
    };
    static QList<Field> fields();
    static QString fieldCode(Field field);
    static bool fieldFromCode(const QString& code, Field* out);
    static QString fieldLabel(Field field);

    using Mapping = QList<Field>; // one per column of the header

    static Mapping propose(const QStringList& header);
    // A key for files with the same columns, to remember their mapping.
    static QString headerKey(const QStringList& header);
    // {"column header" or "column number (1-based)": "field code"}; unknown headers and fields are errors.
    static bool mappingFromJson(const QJsonObject& json, const QStringList& header, Mapping* out,
                                QString* error);
    static QJsonObject mappingToJson(const QStringList& header, const Mapping& mapping);
    // The mapping saved for this header in the profile, if any.
    static bool rememberedMapping(Database& db, const QStringList& header, Mapping* out);
    static bool rememberMapping(Database& db, const QStringList& header, const Mapping& mapping);
    // What a mapping lacks to make dossiers (a client name, a SIREN, numbers), or empty.
    static QString missingFields(const Mapping& mapping);

    struct RowResult
    {
        enum class Status { Valid, Invalid, Duplicate };
        int line = 0;
        Status status = Status::Valid;
        QString name; // the dossier the row makes
        QStringList reasons;
        QUuid dossierId; // once imported
    };

    struct Report
    {
        QString encoding;
        QChar delimiter;
        int rows = 0;
        int imported = 0; // written (0 for a preview)
        bool written = false;
        QList<RowResult> results;
        int count(RowResult::Status status) const;
        // "1 valid, 2 invalid, 0 duplicates", each in its plural form.
        QString counts() const;
        QJsonObject toJson() const;
        // "ligne;statut;dossier;raisons", in the user's language, for a spreadsheet.
        QByteArray toCsv() const;
    };

    // Checks every row; `valid` gets the dossiers of the valid rows. Nothing is written.
    static Report check(const CsvReader::Table& table, const Mapping& mapping, Database& db,
                        QList<Dossier>* valid, const std::function<void(int, int)>& progress = {});
    // Checks, then writes the valid rows in one transaction (all of them, or none on a store error).
    static Report run(const CsvReader::Table& table, const Mapping& mapping, DossierStore& store,
                      Database& db, const QString& by, QString* error,
                      const std::function<void(int, int)>& progress = {});

    static QString statusCode(RowResult::Status status);
};

} // namespace Mandat

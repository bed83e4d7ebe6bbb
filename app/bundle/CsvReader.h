#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Mandat {

/*
 * Reads a CSV file the way French spreadsheets export it: UTF-8 with or without a BOM, or
 * Windows-1252 (Excel's "CSV (séparateur : point-virgule)"), ';' or ',' (or a tab) found
 * from the file itself, quoted fields with doubled quotes and line breaks inside, CRLF or
 * LF. A file that cannot be read whole (an unterminated quote) is refused, not guessed.
 */
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    enum class Encoding { Utf8, Utf8Bom, Windows1252 };

    struct Row
    {
        int line = 0; // 1-based line of the file where the row starts
        QStringList fields;
    };

    struct Table
    {
        Encoding encoding = Encoding::Utf8;
        QChar delimiter = u';';
        QStringList header;
        QList<Row> rows; // without the header; blank lines skipped
    };

    static bool read(const QByteArray& bytes, Table* table, QString* error);

    static QString decode(const QByteArray& bytes, Encoding* encoding);
    // The delimiter the first lines agree on.
    static QChar detectDelimiter(const QString& text);
    static QString encodingName(Encoding encoding);
};

} // namespace Mandat

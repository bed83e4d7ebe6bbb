#include "CsvReader.h"

#include <QStringDecoder>

namespace Mandat {

namespace {
// Windows-1252's 0x80–0x9F; the rest of the code page is Latin-1.
const char16_t kCp1252High[32]
    = { 0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178 };

QString fromWindows1252(const QByteArray& bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        out.append(b >= 0x80 && b < 0xA0 ? QChar(kCp1252High[b - 0x80]) : QChar(char16_t(b)));
    }
    return out;
}

// Splits the text into records; false on an unterminated quote.
bool parse(const QString& text, QChar delimiter, QList<CsvReader::Row>* rows, int* badLine)
{
    CsvReader::Row row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    row.line = 1;
    auto endField = [&] {
        row.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRow = [&] {
        endField();
        // A blank line is not a row.
        if (!(row.fields.size() == 1 && row.fields.first().trimmed().isEmpty()))
            rows->append(row);
        row = CsvReader::Row();
        row.line = line;
    };
    int quoteLine = 0;
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                if (!(c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n'))
                    field.append(c);
            }
            continue;
        }
        if (c == u'"' && !fieldStarted && field.trimmed().isEmpty()) {
            field.clear();
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == delimiter) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            ++line;
            endRow();
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted) {
        *badLine = quoteLine;
        return false;
    }
    if (!field.isEmpty() || !row.fields.isEmpty())
        endRow();
    return true;
}
} // namespace

QString CsvReader::decode(const QByteArray& bytes, Encoding* encoding)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *encoding = Encoding::Utf8Bom;
        return QString::fromUtf8(bytes.mid(3));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        *encoding = Encoding::Utf8;
        return text;
    }
    // Not UTF-8: what Excel writes in France.
    *encoding = Encoding::Windows1252;
    return fromWindows1252(bytes);
}

QChar CsvReader::detectDelimiter(const QString& text)
{
    // Count each candidate outside quotes on the first lines; the one present on every line wins,
    // then the most frequent.
    const QList<QChar> candidates { u';', u',', u'\t' };
    QList<QList<int>> perLine(candidates.size());
    int lines = 0;
    bool quoted = false;
    QList<int> current(candidates.size(), 0);
    for (int i = 0; i < text.size() && lines < 20; ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c == u'\n' || i == text.size() - 1)) {
            for (int k = 0; k < candidates.size(); ++k)
                perLine[k].append(current.at(k));
            current.fill(0);
            ++lines;
        } else if (!quoted) {
            const int k = int(candidates.indexOf(c));
            if (k >= 0)
                ++current[k];
        }
    }
    int best = 0;
    qint64 bestScore = -1;
    for (int k = 0; k < candidates.size(); ++k) {
        const QList<int>& counts = perLine.at(k);
        if (counts.isEmpty())
            continue;
        const bool everyLine = std::all_of(counts.begin(), counts.end(), [&](int n) { return n > 0; });
        const bool same
            = std::all_of(counts.begin(), counts.end(), [&](int n) { return n == counts.first(); });
        qint64 total = 0;
        for (int n : counts)
            total += n;
        const qint64 score = (everyLine ? 1'000'000 : 0) + (same ? 100'000 : 0) + total;
        if (total > 0 && score > bestScore) {
            bestScore = score;
            best = k;
        }
    }
    return candidates.at(best);
}

QString CsvReader::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

bool CsvReader::read(const QByteArray& bytes, Table* table, QString* error)
{
    *table = Table();
    if (bytes.trimmed().isEmpty()) {
        *error = tr("The file is empty.");
        return false;
    }
    if (bytes.contains('\0')) {
        *error = tr("This is not a text file (CSV).");
        return false;
    }
    const QString text = decode(bytes, &table->encoding);
    table->delimiter = detectDelimiter(text);
    QList<Row> rows;
    int badLine = 0;
    if (!parse(text, table->delimiter, &rows, &badLine)) {
        *error = tr("Line %1: a quoted field is never closed; the file cannot be read safely.").arg(badLine);
        return false;
    }
    if (rows.isEmpty()) {
        *error = tr("The file is empty.");
        return false;
    }
    table->header = rows.takeFirst().fields;
    for (QString& h : table->header)
        h = h.trimmed();
    table->rows = rows;
    return true;
}

} // namespace Mandat

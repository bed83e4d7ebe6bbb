#include "FrenchDates.h"

#include <QRegularExpression>
#include <algorithm>

namespace Mandat {

namespace FrenchDates {

QString fold(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            out.append(c.toLower());
            continue;
        }
        // One character in, one out: positions in folded text match the original.
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
        QChar base = decomposed.isEmpty() ? c : decomposed.at(0);
        if (c == u'\u00a0' || c == u'\u202f')
            base = u' ';
        else if (c == u'\u2019')
            base = u'\'';
        out.append(base.toLower());
    }
    return out;
}

namespace {
int monthFromName(const QString& folded)
{
    static const QList<QPair<QString, int>> names {
        { QStringLiteral("janvier"), 1 },   { QStringLiteral("janv"), 1 },
        { QStringLiteral("jan"), 1 },       { QStringLiteral("fevrier"), 2 },
        { QStringLiteral("fevr"), 2 },      { QStringLiteral("fev"), 2 },
        { QStringLiteral("mars"), 3 },      { QStringLiteral("mar"), 3 },
        { QStringLiteral("avril"), 4 },     { QStringLiteral("avr"), 4 },
        { QStringLiteral("mai"), 5 },       { QStringLiteral("juin"), 6 },
        { QStringLiteral("juillet"), 7 },   { QStringLiteral("juill"), 7 },
        { QStringLiteral("juil"), 7 },      { QStringLiteral("aout"), 8 },
        { QStringLiteral("septembre"), 9 }, { QStringLiteral("sept"), 9 },
        { QStringLiteral("sep"), 9 },       { QStringLiteral("octobre"), 10 },
        { QStringLiteral("oct"), 10 },      { QStringLiteral("novembre"), 11 },
        { QStringLiteral("nov"), 11 },      { QStringLiteral("decembre"), 12 },
        { QStringLiteral("dec"), 12 },
    };
    for (const auto& n : names) {
        if (folded == n.first)
            return n.second;
    }
    return 0;
}

int fullYear(const QString& digits)
{
    const int y = digits.toInt();
    if (digits.size() == 4)
        return y;
    // Two-digit years on current documents: 00-69 are 2000s, 70-99 are 1900s.
    return y < 70 ? 2000 + y : 1900 + y;
}

void add(QList<Match>& out, const QDate& date, qsizetype start, qsizetype length)
{
    if (!date.isValid())
        return;
    for (const Match& m : std::as_const(out)) {
        if (start < m.start + m.length && m.start < start + length)
            return; // overlaps a date already found
    }
    out.append(Match { date, start, length });
}
} // namespace

QList<Match> find(const QString& text)
{
    const QString folded = fold(text);
    QList<Match> out;

    // 6 novembre 2024, 1er sept. 2026, 13 DÉCEMBRE 26, with any blanks (line breaks too).
    static const QRegularExpression named(QStringLiteral(
        "(?<![\\d])(1er|\\d{1,2})\\s*(janvier|janv|jan|fevrier|fevr|fev|mars|mar|avril|avr|mai|juin|juillet|"
        "juill|juil|"
        "aout|septembre|sept|sep|octobre|oct|novembre|nov|decembre|dec)\\.?\\s+(\\d{4}|\\d{2})(?![\\d])"));
    for (auto it = named.globalMatch(folded); it.hasNext();) {
        const auto m = it.next();
        const QString dayText = m.captured(1);
        const int day = dayText == QLatin1String("1er") ? 1 : dayText.toInt();
        add(out, QDate(fullYear(m.captured(3)), monthFromName(m.captured(2)), day), m.capturedStart(),
            m.capturedLength());
    }

    // 2024-11-06, 2024-11-06T10:15:00, 2024/11/06 (the year first, the same separator twice)
    static const QRegularExpression iso(
        QStringLiteral("(?<![\\d.,/-])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d]|[.,/-]\\d)"));
    for (auto it = iso.globalMatch(folded); it.hasNext();) {
        const auto m = it.next();
        add(out, QDate(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt()),
            m.capturedStart(), m.capturedLength());
    }

    // 06/11/2024, 6.11.24, 06-11-2024 (same separator twice)
    static const QRegularExpression numeric(
        QStringLiteral("(?<![\\d.,/-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d]|[.,]\\d)"));
    for (auto it = numeric.globalMatch(folded); it.hasNext();) {
        const auto m = it.next();
        add(out, QDate(fullYear(m.captured(4)), m.captured(3).toInt(), m.captured(1).toInt()),
            m.capturedStart(), m.capturedLength());
    }

    std::sort(out.begin(), out.end(), [](const Match& a, const Match& b) { return a.start < b.start; });
    return out;
}

} // namespace FrenchDates

} // namespace Mandat

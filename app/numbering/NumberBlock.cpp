#include "NumberBlock.h"

#include "core/Logging.h"

#include <QRegularExpression>

namespace Mandat {

namespace {
qint64 valueOf(const QString& e164, bool* ok)
{
    return e164.mid(1).toLongLong(ok);
}

// Whether a line, before the block's first number, names it a block: a dash or a slash
// between two whole numbers is too weak a sign ("01 … - 01 …", "01 … / 01 …" also separate
// the numbers of a list, often after "Numéros :" or "Lignes de …").
bool namedBlock(const QString& text, qsizetype at)
{
    static const QRegularExpression words(
        QStringLiteral("\\b(?:sda|ddi|plages?|tranches?|blocs?|s[ée]ries?|ranges?)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const qsizetype lineStart = at > 0 ? text.lastIndexOf(u'\n', at - 1) + 1 : 0;
    return words.match(text.mid(lineStart, at - lineStart)).hasMatch();
}
} // namespace

bool NumberBlock::contains(const QString& e164) const
{
    if (e164.size() != first.size())
        return false;
    // Same length: the order of the strings is the order of the numbers.
    return first <= e164 && e164 <= last;
}

QJsonObject NumberBlock::toJson() const
{
    return QJsonObject { { QStringLiteral("text"), text },
                         { QStringLiteral("first"), first },
                         { QStringLiteral("last"), last },
                         { QStringLiteral("count"), count } };
}

QList<NumberBlock> NumberBlock::find(const QString& text, const QList<NumberClassifier::Found>& found,
                                     const NumberClassifier& classifier)
{
    // What may stand between the first number and the last (or its final digits); the
    // separator is on the first number's line ("… 00\nAu 31/10" is not a block).
    static const QRegularExpression between(
        QStringLiteral("(?:[ \\t\\x{00a0}]*(?<strong>→|->|=>|⇒|(?:jusqu['’]\\s?)?(?:à|a|au)(?=\\s))\\s*"
                       "|[ \\x{00a0}]*(?<slash>/)[ \\x{00a0}]*"
                       "|[ \\x{00a0}]*(?<dash>-|–|—)[ \\x{00a0}]*)"),
        QRegularExpression::CaseInsensitiveOption);
    // The final digits of the last number: "49", "1049", "10 49"; not the start of another
    // number, nor an amount or a duration ("01 62 12 34 10 à 25,00 €").
    static const QRegularExpression finalDigits(
        QStringLiteral("(\\d{2}[ .\\x{00a0}]\\d{2}|\\d{1,4})(?!\\d)(?![ .,/:\\x{00a0}]\\d)"
                       "(?![ \\x{00a0}]?(?:€|eur|%|h\\b|h\\d|min|mn|s\\b|sec|mo|go|ko|x\\b))"),
        QRegularExpression::CaseInsensitiveOption);
    QList<NumberBlock> blocks;
    for (qsizetype i = 0; i < found.size(); ++i) {
        const NumberClassifier::Found& f = found.at(i);
        const qsizetype end = f.start + f.raw.size();
        const QRegularExpressionMatch sep = between.match(text, end, QRegularExpression::NormalMatch,
                                                          QRegularExpression::AnchorAtOffsetMatchOption);
        if (!sep.hasMatch())
            continue;
        const bool dash = !sep.captured(QStringLiteral("dash")).isEmpty();
        const bool slash = !sep.captured(QStringLiteral("slash")).isEmpty();
        const qsizetype next = sep.capturedEnd();
        const bool nextIsNumber = i + 1 < found.size() && found.at(i + 1).start == next;
        if ((dash || (slash && nextIsNumber)) && !namedBlock(text, f.start))
            continue;
        NumberBlock b;
        b.start = f.start;
        b.first = f.e164;
        qsizetype blockEnd = -1;
        bool lastIsNext = false;
        if (nextIsNumber) {
            b.last = found.at(i + 1).e164;
            blockEnd = next + found.at(i + 1).raw.size();
            lastIsNext = true;
        } else {
            const QRegularExpressionMatch tail = finalDigits.match(
                text, next, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (!tail.hasMatch())
                continue;
            QString digits = tail.captured(1);
            digits.remove(QRegularExpression(QStringLiteral("\\D")));
            if (digits.size() >= f.e164.size() - 1)
                continue;
            b.last = f.e164.left(f.e164.size() - digits.size()) + digits;
            blockEnd = tail.capturedEnd();
        }
        bool okFirst = false;
        bool okLast = false;
        const qint64 first = valueOf(b.first, &okFirst);
        const qint64 last = valueOf(b.last, &okLast);
        if (!okFirst || !okLast || b.first.size() != b.last.size() || last <= first
            || last - first + 1 > kMaxCount)
            continue;
        // The last number must be a number itself (final digits can make one out of range).
        if (!lastIsNext && classifier.classify(b.last).e164 != b.last)
            continue;
        b.count = last - first + 1;
        b.text = text.mid(b.start, blockEnd - b.start).simplified();
        blocks.append(b);
        if (lastIsNext)
            ++i; // the last number ends this block; it does not start another
    }
    qCDebug(lcNumbering) << "found" << blocks.size() << "number blocks";
    return blocks;
}

} // namespace Mandat

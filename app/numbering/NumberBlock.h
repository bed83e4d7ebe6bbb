#pragma once

#include "NumberClassifier.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Mandat {

/*
 * A block of direct-dial numbers (SDA) as trunk invoices print it instead of each number:
 * first and last number ("04 78 00 10 00 → 04 78 00 10 49", "de … à …"), or a number and
 * the range of its final digits ("04 78 00 10 00/49", "04 78 00 10 00 à 49"). A number
 * inside the block is shown on the invoice. More than kMaxCount numbers is not read as a
 * block: no SDA block is that large, and two unrelated numbers would pass for one.
 */
struct NumberBlock
{
    static constexpr qint64 kMaxCount = 10000;

    QString text; // as written, from the first number to the end of the last
    qsizetype start = 0;
    QString first; // E.164
    QString last; // E.164
    qint64 count = 0;

    bool contains(const QString& e164) const;
    QJsonObject toJson() const;

    // Every block written in a text, in order; `found` are the text's numbers (findNumbers).
    static QList<NumberBlock> find(const QString& text, const QList<NumberClassifier::Found>& found,
                                   const NumberClassifier& classifier = NumberClassifier::builtIn());
};

} // namespace Mandat

#pragma once

#include "NumberCategory.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace Mandat {

/*
 * The dated rules of the French numbering plan, loaded from one data file
 * (resources/numbering/fr-numbering-plan.json, embedded as :/numbering/...). Each range
 * carries its category, whether call-centre agents and automated systems may present it,
 * since when, and its source. Lookups take the longest matching prefix, so adding a range
 * is an edit of the data file, never of the code.
 */
class NumberingPlan
{
    Q_DECLARE_TR_FUNCTIONS(NumberingPlan)

public:
    struct Range
    {
        QString prefix; // national notation, with the trunk 0: "0162"
        int length = 10; // digits of the whole national number
        NumberCategory category = NumberCategory::Invalid;
        bool agentsAllowed = false;
        bool automatedAllowed = false;
        bool warnOnly = false; // not allowed, but only worth a warning
        QDate since;
        QString sourceKey;
        QString note;
    };
    struct Overseas
    {
        QString prefix;
        QString countryCode; // "590"
        bool dropNationalPrefix = false; // E.164 keeps only the digits after the prefix
        QString territory;
    };

    // The plan embedded in the application.
    static const NumberingPlan& builtIn();
    bool load(const QString& path, QString* error);

    // nullptr when no range matches.
    const Range* rangeFor(const QString& national) const;
    const Overseas* overseasFor(const QString& national) const;
    const Overseas* overseasForCountryCode(const QString& countryCode, const QString& nsn) const;
    QString sourceText(const QString& key) const { return m_sources.value(key, key); }
    QDate updated() const { return m_updated; }
    const QList<Range>& ranges() const { return m_ranges; }

private:
    QList<Range> m_ranges;
    QList<Overseas> m_overseas;
    QMap<QString, QString> m_sources;
    QDate m_updated;
};

} // namespace Mandat

#pragma once

#include "NumberCategory.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>

namespace Mandat {

/*
 * The dated rules of the French numbering plan, loaded from one data file
 * (resources/numbering/fr-numbering-plan.json, embedded as :/numbering/...). Each range
 * carries its category, whether call-centre agents and automated systems may present it,
 * since when, and its source. A lookup is for a day: ranges not yet in force are ignored,
 * the longest matching prefix wins and, for one prefix, the latest rule. Adding a range or
 * a rule that changes on a date is an edit of the data file, never of the code.
 */
class NumberingPlan
{
    Q_DECLARE_TR_FUNCTIONS(NumberingPlan)

public:
    // A text of the data file that users read (a source's title, a refused block's note): as
    // written, or one per language ({"fr": …, "en": …}), shown in the user's language.
    struct Text
    {
        QString fr;
        QString en;
        // English when the user's language is (Translations sets the default locale), else French;
        // the other one when it is missing.
        QString inUserLanguage() const;
        static Text fromJson(const QJsonValue& value);
    };

    struct Range
    {
        QString prefix; // national notation, with the trunk 0: "0162"
        int length = 10; // digits of the whole national number
        NumberCategory category = NumberCategory::Invalid;
        bool agentsAllowed = false;
        bool automatedAllowed = false;
        bool warnOnly = false; // not allowed, but only worth a warning
        QDate since; // the first day the rule applies
        QString sourceKey;
        Text note;
        // When not empty, the range holds only numbers libphonenumber types so ("mobile",
        // "fixed_line", "fixed_line_or_mobile"…): for roots where fixed and mobile share digits.
        QStringList libphonenumberTypes;
    };
    struct Overseas
    {
        QString prefix;
        QString countryCode; // "590"
        bool dropNationalPrefix = false; // E.164 keeps only the digits after the prefix
        QString territory;
        QString sourceKey;
        Text note;
    };
    // Gives the libphonenumber type of the number being looked up; asked only when needed.
    using TypeOf = std::function<QString()>;

    // The plan embedded in the application.
    static const NumberingPlan& builtIn();
    bool load(const QString& path, QString* error);

    // The rule in force on day for a national number ("0162123456"); nullptr when none is.
    // typeOf is asked when the longest prefix's rules are restricted to libphonenumber types;
    // *typeRefused tells that such rules are in force but the number's type is none of theirs.
    const Range* rangeFor(const QString& national, const QDate& day, const TypeOf& typeOf = {},
                          bool* typeRefused = nullptr) const;
    const Overseas* overseasFor(const QString& national) const;
    const Overseas* overseasForCountryCode(const QString& countryCode, const QString& nsn) const;
    // A source's title in the user's language; the key when the plan does not name it.
    QString sourceText(const QString& key) const;
    QDate updated() const { return m_updated; }
    const QList<Range>& ranges() const { return m_ranges; }
    const QList<Overseas>& overseas() const { return m_overseas; }

private:
    QList<Range> m_ranges;
    QList<Overseas> m_overseas;
    QMap<QString, Text> m_sources;
    QDate m_updated;
};

} // namespace Mandat

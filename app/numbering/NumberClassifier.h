#pragma once

#include "NumberCategory.h"
#include "NumberingPlan.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Mandat {

struct NumberClassification
{
    QString input;
    bool valid = false;
    QString e164; // "+33162123456"; empty when invalid
    QString national; // "01 62 12 34 56"
    NumberCategory category = NumberCategory::Invalid;
    bool agentsAllowed = false;
    bool automatedAllowed = false;
    bool warnOnly = false; // not allowed, but the plan says a warning is enough
    QString territory; // overseas territory, when any
    QString reason; // a sentence citing the rule, in the UI language
    QDate on; // the day whose rules were applied
    QDate ruleSince; // since when the applied rule is in force; invalid when none applied

    QJsonObject toJson() const;
};

/*
 * Reads a phone number in any notation found on French invoices and forms
 * ("01 23 45 67 89", "01.23.45.67.89", "+33 (0)1 …", "0033 1 …", "+590 590 …"),
 * with libphonenumber for the notation and the dated NumberingPlan for what the
 * number is and who may present it, with the rules in force on a given day (the clock's
 * today unless told). Overseas numbers get their own country code, also in the 07 and 09
 * blocks: "0590 12 34 56" is +590 590 12 34 56 and "09 47 50 12 34" +590 947 50 12 34.
 */
class NumberClassifier
{
    Q_DECLARE_TR_FUNCTIONS(NumberClassifier)

public:
    explicit NumberClassifier(const NumberingPlan& plan = NumberingPlan::builtIn());
    // One classifier over the built-in plan, for code that classifies often.
    static const NumberClassifier& builtIn();

    // With the rules in force today (Clock::instance()).
    NumberClassification classify(const QString& input) const;
    // With the rules in force on day.
    NumberClassification classify(const QString& input, const QDate& day) const;
    // How a stored E.164 number is written in France ("01 62 12 34 56"); metropolitan numbers
    // without libphonenumber (ten thousand list rows at start), others through classify().
    QString national(const QString& e164) const;

    struct Found
    {
        QString raw; // as written in the text
        qsizetype start = 0;
        QString e164;
    };
    // Every French (or overseas) number written in a text, in order.
    QList<Found> findNumbers(const QString& text) const;

private:
    NumberClassification classifyNational(const QString& input, const QString& national,
                                          const QDate& day) const;
    QString formatNational(const QString& national, const NumberingPlan::Overseas* overseas) const;

    const NumberingPlan& m_plan;
};

} // namespace Mandat

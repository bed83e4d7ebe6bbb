#include "NumberClassifier.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "numbering/InternationalNumber.h"

#include <QRegularExpression>
#include <algorithm>

namespace Mandat {

namespace {
bool allDigits(const QString& s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// Removes the separators people write and the "(0)" of "+33 (0)1 …".
QString compact(const QString& input)
{
    QString s = input;
    s.replace(QLatin1String("(0)"), QString());
    QString out;
    for (const QChar c : s) {
        if (c.isSpace() || c == u'.' || c == u'-' || c == u'/' || c == u'(' || c == u')' || c == u'\u00a0')
            continue;
        out.append(c);
    }
    if (out.startsWith(QLatin1String("00")))
        out = u'+' + out.mid(2);
    return out;
}

// libphonenumber's type of a number ("unknown" when it cannot say).
QString libphonenumberType(const QString& e164)
{
    InternationalNumber n;
    QString error;
    if (!InternationalNumber::parse(e164, &n, &error) || !n.parsed)
        return QStringLiteral("unknown");
    return n.type;
}
} // namespace

QJsonObject NumberClassification::toJson() const
{
    QJsonObject o {
        { QStringLiteral("input"), input },
        { QStringLiteral("valid"), valid },
        { QStringLiteral("e164"), valid ? QJsonValue(e164) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("national"), valid ? QJsonValue(national) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("category"), numberCategoryCode(category) },
        { QStringLiteral("agents_allowed"), agentsAllowed },
        { QStringLiteral("automated_allowed"), automatedAllowed },
        { QStringLiteral("reason"), reason },
        { QStringLiteral("on"), on.isValid() ? QJsonValue(on.toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("rule_since"),
          ruleSince.isValid() ? QJsonValue(ruleSince.toString(Qt::ISODate)) : QJsonValue() },
    };
    if (!territory.isEmpty())
        o.insert(QStringLiteral("territory"), territory);
    return o;
}

NumberClassifier::NumberClassifier(const NumberingPlan& plan)
    : m_plan(plan)
{ }

QString NumberClassifier::formatNational(const QString& national,
                                         const NumberingPlan::Overseas* overseas) const
{
    // Numbers of an overseas four-digit root are written "0590 12 34 56", the others (overseas
    // 07 and 09 blocks too: "09 47 50 12 34") in pairs.
    QString out;
    qsizetype i = 0;
    if (overseas && overseas->prefix.size() == 4 && national.size() == 10) {
        out = national.left(4);
        i = 4;
    }
    for (; i < national.size(); i += 2) {
        if (!out.isEmpty())
            out.append(u' ');
        out.append(national.mid(i, 2));
    }
    return out;
}

const NumberClassifier& NumberClassifier::builtIn()
{
    static const NumberClassifier classifier;
    return classifier;
}

QString NumberClassifier::national(const QString& e164) const
{
    if (e164.startsWith(QLatin1String("+33")) && e164.size() == 12)
        return formatNational(u'0' + e164.mid(3), nullptr);
    return classify(e164).national;
}

NumberClassification NumberClassifier::classify(const QString& input) const
{
    return classify(input, Clock::instance().today());
}

NumberClassification NumberClassifier::classify(const QString& input, const QDate& day) const
{
    NumberClassification result;
    result.input = input;
    result.on = day;
    const QString s = compact(input);

    if (s.isEmpty()) {
        result.reason = tr("No number given.");
        return result;
    }
    // Short numbers (3949, 118 712, 15…) have no trunk 0 and cannot be presented.
    if (allDigits(s) && !s.startsWith(u'0') && s.size() <= 6) {
        result.category = NumberCategory::Short;
        result.reason
            = tr("%1 is a short number: it cannot be presented as a caller ID.").arg(input.trimmed());
        return result;
    }
    if (allDigits(s) && s.startsWith(u'0'))
        return classifyNational(input, s, day);

    // No country code starts with 0 ("00 01 62…" is a column of amounts beside a number).
    if (s.startsWith(u'+') && allDigits(s.mid(1)) && s.at(1) != u'0') {
        // +33 then the national number without its trunk 0 is read by the plan: libphonenumber
        // (a module loaded on first use) is asked only for the other country codes, and for a
        // "+33 0…" whose trunk 0 it knows how to drop.
        if (s.startsWith(QLatin1String("+33")) && s.size() > 3 && s.at(3) != u'0')
            return classifyNational(input, u'0' + s.mid(3), day);
        InternationalNumber n;
        QString error;
        if (InternationalNumber::parse(s, &n, &error) && n.parsed) {
            if (n.countryCode == QLatin1String("33"))
                return classifyNational(input, u'0' + n.nationalSignificant, day);
            if (const NumberingPlan::Overseas* ov
                = m_plan.overseasForCountryCode(n.countryCode, n.nationalSignificant)) {
                const QString national = ov->dropNationalPrefix ? ov->prefix + n.nationalSignificant
                                                                : u'0' + n.nationalSignificant;
                return classifyNational(input, national, day);
            }
            if (n.valid) {
                result.valid = true;
                result.e164 = n.e164;
                result.national = n.international;
                result.category = NumberCategory::Foreign;
                result.reason
                    = tr("%1 is a foreign number: outside the French numbering plan, a French operator's "
                         "mandate cannot cover it (Arcep decision 18-0881).")
                          .arg(result.national);
                return result;
            }
        }
    }
    result.reason = tr("\"%1\" is not a phone number in the French numbering plan.").arg(input.trimmed());
    return result;
}

NumberClassification NumberClassifier::classifyNational(const QString& input, const QString& national,
                                                        const QDate& day) const
{
    NumberClassification result;
    result.input = input;
    result.on = day;
    const NumberingPlan::Overseas* overseas = m_plan.overseasFor(national);
    const QString e164 = !overseas ? QStringLiteral("+33") + national.mid(1)
                                   : u'+' + overseas->countryCode
            + (overseas->dropNationalPrefix ? national.mid(overseas->prefix.size()) : national.mid(1));
    bool typeRefused = false;
    const NumberingPlan::Range* range = m_plan.rangeFor(
        national, day, [&e164] { return libphonenumberType(e164); }, &typeRefused);
    if (!range) {
        QDate first; // the first day a rule of the plan applies to the number, if one ever does
        for (const NumberingPlan::Range& r : m_plan.ranges()) {
            if (national.startsWith(r.prefix) && (!first.isValid() || r.since < first))
                first = r.since;
        }
        if (typeRefused) {
            result.reason = tr("%1 is in no range that libphonenumber knows for %2 (fixed or mobile): it "
                               "cannot be presented.")
                                .arg(national, overseas ? overseas->territory : national.left(4));
        } else if (first.isValid()) {
            result.reason = tr("On %1 no rule of the numbering plan applies yet to %2: the first applies "
                               "from %3.")
                                .arg(day.toString(Qt::ISODate), national, first.toString(Qt::ISODate));
        } else {
            result.reason = tr("%1 matches no range of the French numbering plan.").arg(national);
        }
        return result;
    }
    if (range->category == NumberCategory::Invalid) {
        result.reason = tr("%1 is in the block %2 of the numbering plan: %3 (%4).")
                            .arg(national, range->prefix, range->note.inUserLanguage(),
                                 m_plan.sourceText(range->sourceKey));
        return result;
    }
    if (national.size() != range->length) {
        result.reason = tr("A number starting with %1 has %2 digits; \"%3\" has %4.")
                            .arg(range->prefix)
                            .arg(range->length)
                            .arg(input.trimmed())
                            .arg(national.size());
        return result;
    }
    result.valid = true;
    result.ruleSince = range->since;
    result.category = range->category;
    result.agentsAllowed = range->agentsAllowed;
    result.automatedAllowed = range->automatedAllowed;
    result.warnOnly = range->warnOnly;
    result.national = formatNational(national, overseas);
    result.e164 = e164;
    if (overseas)
        result.territory = overseas->territory;

    const QString category = numberCategoryLabel(range->category);
    const QString source = m_plan.sourceText(range->sourceKey);
    QString agents = range->agentsAllowed ? tr("call-centre agents may present it under a mandate")
                                          : tr("call-centre agents may not present it");
    QString automated = range->automatedAllowed ? tr("automated calling systems may present it")
                                                : tr("automated calling systems may not present it");
    result.reason = tr("%1 is a %2 (prefix %3): %4; %5 (%6).")
                        .arg(result.national, category, range->prefix, agents, automated, source);
    return result;
}

QList<NumberClassifier::Found> NumberClassifier::findNumbers(const QString& text) const
{
    // Candidates are found by two cheap patterns, then read by classify() (libphonenumber
    // for international forms, the plan for the rest). libphonenumber's own
    // PhoneNumberMatcher took 85% of a 12-page bill's check with its ICU expressions.
    static const QRegularExpression international(
        QStringLiteral("(?<![\\d+])(?:\\+|00)[1-9][\\d \\x{00a0}.\\-()]{6,22}\\d(?!\\d)"));
    // Machine-to-machine numbers have 14 digits: 07 00 …
    static const QRegularExpression m2m(
        QStringLiteral("(?<![\\d+])07[ \\x{00a0}.\\-]?00(?:[ \\x{00a0}.\\-]?\\d){10}(?!\\d)"));
    static const QRegularExpression national(
        QStringLiteral("(?<![\\d+])0\\d(?:[ \\x{00a0}.\\-]?\\d){8}(?!\\d)"));
    // International digits without "+" or "00", as some billing systems print them:
    // "33162123456", "33 1 62 12 34 56". Exactly 33 and 9 digits, no trunk 0, so that a
    // SIREN (9 digits) or a SIRET (14) starting with 33 is not read as one.
    static const QRegularExpression bare(
        QStringLiteral("(?<![\\d+])33[ \\x{00a0}.]?[1-9](?:[ \\x{00a0}.]?\\d){8}(?!\\d)"));
    QList<Found> found;
    auto overlaps = [&](qsizetype start, qsizetype length) {
        for (const Found& f : std::as_const(found)) {
            if (start < f.start + f.raw.size() && f.start < start + length)
                return true;
        }
        return false;
    };
    for (const QRegularExpression* re : { &international, &m2m, &national, &bare }) {
        for (auto it = re->globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            QString raw = m.captured(0);
            // A closing bracket or a dot that ends a sentence is not part of the number.
            while (!raw.isEmpty() && !raw.back().isDigit())
                raw.chop(1);
            if (overlaps(m.capturedStart(), raw.size()))
                continue;
            NumberClassification c = classify(re == &bare ? u'+' + raw : raw);
            // "+33 1 62 12 34 56 01 62 …": a greedy candidate ran into the next number;
            // drop its last groups of digits until it reads as one.
            while (!c.valid && re == &international) {
                const qsizetype cut = raw.lastIndexOf(QRegularExpression(QStringLiteral("[ \\x{00a0}.\\-]")));
                if (cut < 6)
                    break;
                raw = raw.left(cut);
                c = classify(raw);
            }
            if (!c.valid)
                continue;
            found.append(Found { raw, m.capturedStart(), c.e164 });
        }
    }
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.start < b.start; });
    qCDebug(lcNumbering) << "found" << found.size() << "numbers in" << text.size() << "characters";
    return found;
}

} // namespace Mandat

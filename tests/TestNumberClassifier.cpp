#include "core/Clock.h"
#include "numbering/NumberClassifier.h"
#include "numbering/NumberingPlan.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace Mandat;

class TestNumberClassifier : public QObject
{
    Q_OBJECT

private slots:
    void planRows_data();
    void planRows();
    void notations_data();
    void notations();
    void invalid_data();
    void invalid();
    void reasonCitesTheRule();
    void planIsDatedWithSources();
    void sourcesInTheUserLanguage_data();
    void sourcesInTheUserLanguage();
    void rangeAddedByDataAlone();
    void laterRangeNotAppliedBeforeItsDate();
    void builtInRulesOfTheDay_data();
    void builtInRulesOfTheDay();
    void noRuleBeforeTheMandateRegime();
    void findNumbersInText();
    void cleanup();
    void findNumberNotations_data();
    void findNumberNotations();
};

namespace {
const bool Y = true;
const bool N = false;
} // namespace

void TestNumberClassifier::planRows_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("category");
    QTest::addColumn<bool>("agents");
    QTest::addColumn<bool>("automated");
    QTest::addColumn<QString>("e164");

    // Every row of the table in shared/domain.md, every prefix it names.
    const QStringList npv { "0162", "0163", "0270", "0271", "0377", "0378",
                            "0424", "0425", "0568", "0569", "0948", "0949" };
    for (const QString& p : npv) {
        const QString n = (p + QStringLiteral("123456789")).left(10);
        QTest::addRow("npv %s", qPrintable(p)) << n << "npv" << Y << Y << u"+33"_qs + n.mid(1);
    }
    // Overseas NPV blocks keep their department's country code, like 0590 does.
    QTest::newRow("npv 09475 Guadeloupe") << "09 47 50 12 34"
                                          << "npv" << Y << Y << "+590947501234";
    QTest::newRow("npv 09476 Guyane") << "09 47 60 12 34"
                                      << "npv" << Y << Y << "+594947601234";
    QTest::newRow("npv 09477 Martinique") << "09 47 70 12 34"
                                          << "npv" << Y << Y << "+596947701234";
    QTest::newRow("npv 09478 Mayotte") << "09 47 80 12 34"
                                       << "npv" << Y << Y << "+262947801234";
    QTest::newRow("npv 09479 Réunion") << "09 47 90 12 34"
                                       << "npv" << Y << Y << "+262947901234";
    for (const QString& p : { u"01"_qs, u"02"_qs, u"03"_qs, u"04"_qs, u"05"_qs }) {
        const QString n = p + QStringLiteral("23456789");
        QTest::addRow("geographic %s", qPrintable(p)) << n << "geographic" << Y << N << u"+33"_qs + n.mid(1);
    }
    QTest::newRow("geographic 0262 Réunion") << "0262 12 34 56"
                                             << "geographic" << Y << N << "+262262123456";
    QTest::newRow("geographic 0263 Réunion") << "0263 12 34 56"
                                             << "geographic" << Y << N << "+262263123456";
    QTest::newRow("geographic 0269 Mayotte") << "0269 12 34 56"
                                             << "geographic" << Y << N << "+262269123456";
    QTest::newRow("geographic 0590 Guadeloupe") << "0590 12 34 56"
                                                << "geographic" << Y << N << "+590590123456";
    QTest::newRow("geographic 0594 Guyane") << "0594 12 34 56"
                                            << "geographic" << Y << N << "+594594123456";
    QTest::newRow("geographic 0596 Martinique") << "0596 12 34 56"
                                                << "geographic" << Y << N << "+596596123456";
    // The newer overseas fixed blocks (libphonenumber's 2025 metadata).
    QTest::newRow("geographic 05987 Guadeloupe") << "05 98 71 23 45"
                                                 << "geographic" << Y << N << "+590598712345";
    QTest::newRow("geographic 02688 Réunion") << "02 68 81 23 45"
                                              << "geographic" << Y << N << "+262268812345";
    QTest::newRow("geographic 02689 Mayotte") << "02 68 91 23 45"
                                              << "geographic" << Y << N << "+262268912345";
    QTest::newRow("geographic 0508 St-Pierre") << "0508 41 12 34"
                                               << "geographic" << Y << N << "+508411234";
    // Saint-Pierre-et-Miquelon: libphonenumber tells its mobile ranges from its fixed ones.
    QTest::newRow("mobile 0508 55 St-Pierre") << "0508 55 12 34"
                                              << "mobile" << N << N << "+508551234";
    QTest::newRow("mobile 0508 40 St-Pierre") << "0508 40 12 34"
                                              << "mobile" << N << N << "+508401234";
    QTest::newRow("fixed or mobile 0508 50: mobile") << "0508 50 12 34"
                                                     << "mobile" << N << N << "+508501234";
    QTest::newRow("geographic 0508 45 St-Pierre") << "0508 45 12 34"
                                                  << "geographic" << Y << N << "+508451234";
    QTest::newRow("non-geographic 09") << "09 12 34 56 78"
                                       << "non_geographic" << Y << N << "+33912345678";
    QTest::newRow("non-geographic 0950") << "09 50 12 34 56"
                                         << "non_geographic" << Y << N << "+33950123456";
    for (const QString& p :
         { u"0937"_qs, u"0938"_qs, u"09390"_qs, u"09391"_qs, u"09392"_qs, u"09393"_qs, u"09394"_qs }) {
        const QString n = (p + QStringLiteral("123456")).left(10);
        QTest::addRow("platform %s", qPrintable(p)) << n << "platform" << N << N << u"+33"_qs + n.mid(1);
    }
    // The overseas platform numbers after 09390–09394, each under its department's code.
    QTest::newRow("platform 09395 Guadeloupe") << "0939512345"
                                               << "platform" << N << N << "+590939512345";
    QTest::newRow("platform 09396 Guyane") << "0939612345"
                                           << "platform" << N << N << "+594939612345";
    QTest::newRow("platform 09397 Martinique") << "0939712345"
                                               << "platform" << N << N << "+596939712345";
    QTest::newRow("platform 09398 Mayotte") << "0939801234"
                                            << "platform" << N << N << "+262939801234";
    QTest::newRow("platform 09399 Réunion") << "0939901234"
                                            << "platform" << N << N << "+262939901234";
    // Overseas non-geographic 0976x.
    QTest::newRow("non-geographic 09760 Guadeloupe") << "09 76 01 23 45"
                                                     << "non_geographic" << Y << N << "+590976012345";
    QTest::newRow("non-geographic 09768 Guadeloupe") << "09 76 81 23 45"
                                                     << "non_geographic" << Y << N << "+590976812345";
    QTest::newRow("non-geographic 09764 Guyane") << "09 76 41 23 45"
                                                 << "non_geographic" << Y << N << "+594976412345";
    QTest::newRow("non-geographic 09766 Martinique") << "09 76 61 23 45"
                                                     << "non_geographic" << Y << N << "+596976612345";
    QTest::newRow("non-geographic 09762 Réunion") << "09 76 22 23 45"
                                                  << "non_geographic" << Y << N << "+262976222345";
    QTest::newRow("non-geographic 09769 Mayotte") << "09 76 91 23 45"
                                                  << "non_geographic" << Y << N << "+262976912345";
    QTest::newRow("non-geographic 09767 Martinique") << "09 76 71 23 45"
                                                     << "non_geographic" << Y << N << "+596976712345";
    QTest::newRow("non-geographic 09763 Réunion") << "09 76 31 23 45"
                                                  << "non_geographic" << Y << N << "+262976312345";
    QTest::newRow("non-geographic 0975 stays metropolitan") << "09 75 12 34 56"
                                                            << "non_geographic" << Y << N << "+33975123456";
    QTest::newRow("mobile 06") << "06 12 34 56 78"
                               << "mobile" << N << N << "+33612345678";
    QTest::newRow("mobile 07") << "07 12 34 56 78"
                               << "mobile" << N << N << "+33712345678";
    QTest::newRow("mobile 0639 Mayotte") << "0639 12 34 56"
                                         << "mobile" << N << N << "+262639123456";
    QTest::newRow("mobile 0690 Guadeloupe") << "0690 12 34 56"
                                            << "mobile" << N << N << "+590690123456";
    QTest::newRow("mobile 0691 Guadeloupe") << "0691 12 34 56"
                                            << "mobile" << N << N << "+590691123456";
    QTest::newRow("mobile 0692 Réunion") << "0692 12 34 56"
                                         << "mobile" << N << N << "+262692123456";
    QTest::newRow("mobile 0693 Réunion") << "0693 12 34 56"
                                         << "mobile" << N << N << "+262693123456";
    QTest::newRow("mobile 0694 Guyane") << "0694 12 34 56"
                                        << "mobile" << N << N << "+594694123456";
    QTest::newRow("mobile 0696 Martinique") << "0696 12 34 56"
                                            << "mobile" << N << N << "+596696123456";
    QTest::newRow("mobile 0697 Martinique") << "0697 12 34 56"
                                            << "mobile" << N << N << "+596697123456";
    // Overseas mobiles in 07 09.
    QTest::newRow("mobile 07090 Guadeloupe") << "07 09 01 23 45"
                                             << "mobile" << N << N << "+590709012345";
    QTest::newRow("mobile 07091 Martinique") << "07 09 11 23 45"
                                             << "mobile" << N << N << "+596709112345";
    QTest::newRow("mobile 07092 Réunion") << "07 09 21 23 45"
                                          << "mobile" << N << N << "+262709212345";
    QTest::newRow("mobile 070930 Guyane") << "07 09 30 12 34"
                                          << "mobile" << N << N << "+594709301234";
    QTest::newRow("mobile 070935 Mayotte") << "07 09 35 12 34"
                                           << "mobile" << N << N << "+262709351234";
    QTest::newRow("mobile 070934 unassigned: metropolitan") << "07 09 34 12 34"
                                                            << "mobile" << N << N << "+33709341234";
    QTest::newRow("m2m 0700, 14 digits") << "07 00 12 34 56 78 90"
                                         << "m2m" << N << N << "+337001234567890";
    for (int i = 0; i <= 5; ++i) {
        const QString n = QStringLiteral("080") + QString::number(i) + QStringLiteral("123456");
        QTest::addRow("special free %s", qPrintable(n.left(4)))
            << n << "special_free" << Y << Y << u"+33"_qs + n.mid(1);
    }
    for (int i = 6; i <= 9; ++i) {
        const QString n = QStringLiteral("080") + QString::number(i) + QStringLiteral("123456");
        QTest::addRow("special shared %s", qPrintable(n.left(4)))
            << n << "special_shared" << Y << Y << u"+33"_qs + n.mid(1);
    }
    for (const QString& p : { u"081"_qs, u"082"_qs, u"089"_qs }) {
        const QString n = p + QStringLiteral("1234567");
        QTest::addRow("special premium %s", qPrintable(p))
            << n << "special_premium" << N << N << u"+33"_qs + n.mid(1);
    }
}

void TestNumberClassifier::planRows()
{
    QFETCH(QString, input);
    QFETCH(QString, category);
    QFETCH(bool, agents);
    QFETCH(bool, automated);
    QFETCH(QString, e164);
    const NumberClassification c = NumberClassifier().classify(input);
    QVERIFY2(c.valid, qPrintable(c.reason));
    QCOMPARE(numberCategoryCode(c.category), category);
    QCOMPARE(c.agentsAllowed, agents);
    QCOMPARE(c.automatedAllowed, automated);
    QCOMPARE(c.e164, e164);
    // The E.164 form reads back as the same number.
    const NumberClassification back = NumberClassifier().classify(c.e164);
    QVERIFY2(back.valid, qPrintable(back.reason));
    QCOMPARE(back.e164, e164);
    QCOMPARE(back.category, c.category);
}

void TestNumberClassifier::notations_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("national");

    QTest::newRow("pairs") << "01 23 45 67 89"
                           << "+33123456789"
                           << "01 23 45 67 89";
    QTest::newRow("dots") << "01.23.45.67.89"
                          << "+33123456789"
                          << "01 23 45 67 89";
    QTest::newRow("dashes") << "01-23-45-67-89"
                            << "+33123456789"
                            << "01 23 45 67 89";
    QTest::newRow("compact") << "0123456789"
                             << "+33123456789"
                             << "01 23 45 67 89";
    QTest::newRow("e164") << "+33123456789"
                          << "+33123456789"
                          << "01 23 45 67 89";
    QTest::newRow("international") << "+33 1 23 45 67 89"
                                   << "+33123456789"
                                   << "01 23 45 67 89";
    QTest::newRow("international (0)") << "+33 (0)1 23 45 67 89"
                                       << "+33123456789"
                                       << "01 23 45 67 89";
    QTest::newRow("0033") << "0033 1 23 45 67 89"
                          << "+33123456789"
                          << "01 23 45 67 89";
    QTest::newRow("no-break spaces") << u"01\u00a023\u00a045\u00a067\u00a089"_qs << "+33123456789"
                                     << "01 23 45 67 89";
    QTest::newRow("surrounding blanks") << "  01 62 12 34 56 "
                                        << "+33162123456"
                                        << "01 62 12 34 56";
    QTest::newRow("guadeloupe e164") << "+590 590 12 34 56"
                                     << "+590590123456"
                                     << "0590 12 34 56";
    QTest::newRow("guadeloupe 00590") << "00590 590 12 34 56"
                                      << "+590590123456"
                                      << "0590 12 34 56";
    QTest::newRow("reunion e164") << "+262 262 12 34 56"
                                  << "+262262123456"
                                  << "0262 12 34 56";
    QTest::newRow("mayotte e164") << "+262 269 12 34 56"
                                  << "+262269123456"
                                  << "0269 12 34 56";
    QTest::newRow("martinique mobile e164") << "+596 696 12 34 56"
                                            << "+596696123456"
                                            << "0696 12 34 56";
    // libphonenumber alone would read these as +33 5 90…; the plan's overseas table wins.
    QTest::newRow("overseas written +33") << "+33 5 90 12 34 56"
                                          << "+590590123456"
                                          << "0590 12 34 56";
    // Overseas NPV and platform numbers, written with their department's code or with +33.
    QTest::newRow("guadeloupe npv +590") << "+590 9 47 50 12 34"
                                         << "+590947501234"
                                         << "09 47 50 12 34";
    QTest::newRow("guadeloupe npv 00590") << "00590 947 50 12 34"
                                          << "+590947501234"
                                          << "09 47 50 12 34";
    QTest::newRow("guadeloupe npv written +33") << "+33 9 47 50 12 34"
                                                << "+590947501234"
                                                << "09 47 50 12 34";
    QTest::newRow("reunion npv +262") << "+262 9 47 90 12 34"
                                      << "+262947901234"
                                      << "09 47 90 12 34";
    QTest::newRow("martinique npv +596") << "+596 947 70 12 34"
                                         << "+596947701234"
                                         << "09 47 70 12 34";
    QTest::newRow("guyane npv +594") << "+594 947 60 12 34"
                                     << "+594947601234"
                                     << "09 47 60 12 34";
    QTest::newRow("guadeloupe platform +590") << "+590 939 51 23 45"
                                              << "+590939512345"
                                              << "09 39 51 23 45";
    QTest::newRow("saint-pierre mobile +508") << "+508 55 12 34"
                                              << "+508551234"
                                              << "0508 55 12 34";
    QTest::newRow("martinique platform +596") << "+596 939 71 23 45"
                                              << "+596939712345"
                                              << "09 39 71 23 45";
    QTest::newRow("mayotte npv written +33") << "+33 9 47 80 12 34"
                                             << "+262947801234"
                                             << "09 47 80 12 34";
    QTest::newRow("guyane mobile 07 +594") << "+594 709 30 12 34"
                                           << "+594709301234"
                                           << "07 09 30 12 34";
    QTest::newRow("mayotte fixed 02689 +262") << "+262 268 91 23 45"
                                              << "+262268912345"
                                              << "02 68 91 23 45";
}

void TestNumberClassifier::notations()
{
    QFETCH(QString, input);
    QFETCH(QString, e164);
    QFETCH(QString, national);
    const NumberClassification c = NumberClassifier().classify(input);
    QVERIFY2(c.valid, qPrintable(c.reason));
    QCOMPARE(c.e164, e164);
    QCOMPARE(c.national, national);
    QCOMPARE(c.input, input);
}

void TestNumberClassifier::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("category");
    QTest::addColumn<bool>("valid");

    QTest::newRow("empty") << ""
                           << "invalid" << false;
    QTest::newRow("letters") << "abc"
                             << "invalid" << false;
    QTest::newRow("mixed") << "01 23 45 AB 89"
                           << "invalid" << false;
    QTest::newRow("9 digits") << "012345678"
                              << "invalid" << false;
    QTest::newRow("11 digits") << "01234567890"
                               << "invalid" << false;
    QTest::newRow("0700 with 10 digits") << "0700123456"
                                         << "invalid" << false;
    QTest::newRow("00 alone") << "00"
                              << "invalid" << false;
    QTest::newRow("no range 000") << "0012345678"
                                  << "invalid" << false;
    QTest::newRow("+33 too short") << "+33 6 12"
                                   << "invalid" << false;
    QTest::newRow("short 3949") << "3949"
                                << "short" << false;
    QTest::newRow("short 118 712") << "118 712"
                                   << "short" << false;
    QTest::newRow("short 15") << "15"
                              << "short" << false;
    QTest::newRow("unknown country") << "+999 1234"
                                     << "invalid" << false;
    // Debian's libphonenumber knows no fixed or mobile range 47 at Saint-Pierre: not accepted.
    QTest::newRow("saint-pierre unknown range") << "0508 47 12 34"
                                                << "invalid" << false;
    QTest::newRow("saint-pierre unknown range +508") << "+508 47 12 34"
                                                     << "invalid" << false;
    // Overseas blocks whose department no source at hand confirms: refused, not +33.
    QTest::newRow("05988 unconfirmed") << "05 98 81 23 45"
                                       << "invalid" << false;
    QTest::newRow("05989 unconfirmed") << "05 98 91 23 45"
                                       << "invalid" << false;
    // A +590 number in Guyane's block is no Guadeloupe number.
    QTest::newRow("guyane npv under +590") << "+590 947 60 12 34"
                                           << "invalid" << false;
    QTest::newRow("foreign UK") << "+44 20 7946 0958"
                                << "foreign" << true;
    QTest::newRow("foreign Belgium 0032") << "0032 12 34 56 78"
                                          << "foreign" << true;
}

void TestNumberClassifier::invalid()
{
    QFETCH(QString, input);
    QFETCH(QString, category);
    QFETCH(bool, valid);
    const NumberClassification c = NumberClassifier().classify(input);
    QCOMPARE(c.valid, valid);
    QCOMPARE(numberCategoryCode(c.category), category);
    // Nothing that is not a French number may be presented, whatever it is.
    QVERIFY(!c.agentsAllowed);
    QVERIFY(!c.automatedAllowed);
    QVERIFY(!c.reason.isEmpty());
    if (!valid)
        QVERIFY(c.e164.isEmpty());
}

void TestNumberClassifier::reasonCitesTheRule()
{
    const NumberClassification npv = NumberClassifier().classify(QStringLiteral("01 62 12 34 56"));
    QVERIFY2(npv.reason.contains(QLatin1String("2022-1583")), qPrintable(npv.reason));
    QVERIFY2(npv.reason.contains(QLatin1String("0162")), qPrintable(npv.reason));
    const NumberClassification mobile = NumberClassifier().classify(QStringLiteral("06 12 34 56 78"));
    QVERIFY2(mobile.reason.contains(QLatin1String("FAQ")), qPrintable(mobile.reason));
}

void TestNumberClassifier::planIsDatedWithSources()
{
    const NumberingPlan& plan = NumberingPlan::builtIn();
    QVERIFY(plan.updated().isValid());
    QVERIFY(!plan.ranges().isEmpty());
    for (const NumberingPlan::Range& r : plan.ranges()) {
        QVERIFY2(r.since.isValid(), qPrintable(r.prefix));
        QVERIFY2(!r.sourceKey.isEmpty(), qPrintable(r.prefix));
        // Every source key resolves to a citation, not to itself.
        QVERIFY2(plan.sourceText(r.sourceKey) != r.sourceKey, qPrintable(r.sourceKey));
    }
    // Each overseas root, and so each country code it maps to, cites its source too.
    QVERIFY(!plan.overseas().isEmpty());
    for (const NumberingPlan::Overseas& o : plan.overseas()) {
        QVERIFY2(!o.sourceKey.isEmpty(), qPrintable(o.prefix));
        QVERIFY2(plan.sourceText(o.sourceKey) != o.sourceKey, qPrintable(o.sourceKey));
    }
}

void TestNumberClassifier::sourcesInTheUserLanguage_data()
{
    QTest::addColumn<QString>("number");
    QTest::newRow("NPV") << "01 62 12 34 56";
    QTest::newRow("mobile") << "06 12 34 56 78";
    QTest::newRow("overseas") << "0590 12 34 56";
    QTest::newRow("unconfirmed overseas block") << "05 98 81 23 45";
}

void TestNumberClassifier::sourcesInTheUserLanguage()
{
    // Issue 14: an English message cited its source by its French title ("Décision Arcep n° …,
    // en vigueur le …"). Every source of the plan has its title in both languages, and a
    // message cites the one of the user's language (the default locale, as Translations sets it).
    QFile file(QStringLiteral(MANDATDESK_SOURCE_DIR "/resources/numbering/fr-numbering-plan.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject sources
        = QJsonDocument::fromJson(file.readAll()).object().value(u"sources"_qs).toObject();
    QVERIFY(!sources.isEmpty());
    for (auto it = sources.begin(); it != sources.end(); ++it) {
        QVERIFY2(!it.value()[u"fr"_qs].toString().isEmpty(), qPrintable(it.key()));
        QVERIFY2(!it.value()[u"en"_qs].toString().isEmpty(), qPrintable(it.key()));
    }

    QFETCH(QString, number);
    const QLocale before;
    auto reasonIn = [&number](QLocale::Language language, QLocale::Country country) {
        QLocale::setDefault(QLocale(language, country));
        return NumberClassifier().classify(number, QDate(2026, 11, 23)).reason;
    };
    const QString english = reasonIn(QLocale::English, QLocale::UnitedKingdom);
    const QString french = reasonIn(QLocale::French, QLocale::France);
    QLocale::setDefault(before);
    bool cited = false;
    for (auto it = sources.begin(); it != sources.end(); ++it) {
        const QString fr = it.value()[u"fr"_qs].toString();
        const QString en = it.value()[u"en"_qs].toString();
        if (!english.contains(en))
            continue;
        cited = true;
        QVERIFY2(french.contains(fr), qPrintable(french));
        if (fr != en)
            QVERIFY2(!english.contains(fr) && !french.contains(en), qPrintable(english + u'\n' + french));
    }
    QVERIFY2(cited, qPrintable(english));
    // A refused block's note is in the user's language too.
    if (number.startsWith(QLatin1String("05 98")))
        QVERIFY2(english != french, qPrintable(english));
}

void TestNumberClassifier::rangeAddedByDataAlone()
{
    // A new NPV range appears in the data file: no code changes, the classifier knows it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile builtIn(QStringLiteral(":/numbering/fr-numbering-plan.json"));
    QVERIFY(builtIn.open(QIODevice::ReadOnly));
    QByteArray json = builtIn.readAll();
    json.replace("\"ranges\": [",
                 "\"ranges\": [\n    {\"prefixes\": [\"0952\"], \"length\": 10, \"category\": \"npv\", "
                 "\"agents\": true, "
                 "\"automated\": true, \"since\": \"2027-01-01\", \"source\": \"arcep-2022-1583\"},");
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(json);
    out.close();

    NumberingPlan plan;
    QString error;
    QVERIFY2(plan.load(path, &error), qPrintable(error));
    // On the day the new range starts.
    Clock::setInstance(new FixedClock(QDate(2027, 1, 1)));
    const NumberClassification before = NumberClassifier().classify(QStringLiteral("09 52 12 34 56"));
    const NumberClassification after = NumberClassifier(plan).classify(QStringLiteral("09 52 12 34 56"));
    QCOMPARE(before.category, NumberCategory::NonGeographic);
    QCOMPARE(after.category, NumberCategory::Npv);
    QVERIFY(after.automatedAllowed);
}

void TestNumberClassifier::laterRangeNotAppliedBeforeItsDate()
{
    // A range the plan adds from 2027-01-01 is not applied on 2026-12-31: the longer prefix
    // is not in force yet, so the number is what the rules of that day say (non-geographic).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile builtIn(QStringLiteral(":/numbering/fr-numbering-plan.json"));
    QVERIFY(builtIn.open(QIODevice::ReadOnly));
    QByteArray json = builtIn.readAll();
    json.replace("\"ranges\": [",
                 "\"ranges\": [\n    {\"prefixes\": [\"0952\"], \"length\": 10, \"category\": \"npv\", "
                 "\"agents\": true, \"automated\": true, \"since\": \"2027-01-01\", \"source\": "
                 "\"arcep-2022-1583\"},");
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(json);
    out.close();
    NumberingPlan plan;
    QString error;
    QVERIFY2(plan.load(path, &error), qPrintable(error));
    const NumberClassifier classifier(plan);

    Clock::setInstance(new FixedClock(QDate(2026, 12, 31)));
    const NumberClassification eve = classifier.classify(QStringLiteral("09 52 12 34 56"));
    QVERIFY2(eve.valid, qPrintable(eve.reason));
    QCOMPARE(eve.category, NumberCategory::NonGeographic);
    QVERIFY(!eve.automatedAllowed);

    Clock::setInstance(new FixedClock(QDate(2027, 1, 1)));
    const NumberClassification day = classifier.classify(QStringLiteral("09 52 12 34 56"));
    QCOMPARE(day.category, NumberCategory::Npv);
    QVERIFY(day.automatedAllowed);
}

void TestNumberClassifier::builtInRulesOfTheDay_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("category");
    QTest::addColumn<bool>("automated");
    QTest::addColumn<QDate>("since");

    const QDate eve(2022, 12, 31);
    const QDate newPlan(2023, 1, 1);
    const QDate mandates(2019, 8, 1);
    // Decision 2022-1583 from 2023-01-01: automated systems lose 01–05 and 09, NPV and
    // platform numbers appear. The day before, the rules of decision 18-0881 apply.
    QTest::newRow("geographic, eve") << "01 23 45 67 89" << eve << "geographic" << Y << mandates;
    QTest::newRow("geographic, 2023") << "01 23 45 67 89" << newPlan << "geographic" << N << newPlan;
    QTest::newRow("0162, eve: geographic") << "01 62 12 34 56" << eve << "geographic" << Y << mandates;
    QTest::newRow("0162, 2023: npv") << "01 62 12 34 56" << newPlan << "npv" << Y << newPlan;
    QTest::newRow("0937, eve: non-geographic")
        << "09 37 12 34 56" << eve << "non_geographic" << Y << mandates;
    QTest::newRow("0937, 2023: platform") << "09 37 12 34 56" << newPlan << "platform" << N << newPlan;
    QTest::newRow("09475, eve") << "09 47 50 12 34" << eve << "non_geographic" << Y << mandates;
    QTest::newRow("09475, 2023") << "09 47 50 12 34" << newPlan << "npv" << Y << newPlan;
    QTest::newRow("St-Pierre fixed, eve") << "0508 41 12 34" << eve << "geographic" << Y << mandates;
    QTest::newRow("St-Pierre fixed, 2023") << "0508 41 12 34" << newPlan << "geographic" << N << newPlan;
    QTest::newRow("St-Pierre mobile, eve") << "0508 55 12 34" << eve << "mobile" << N << mandates;
}

void TestNumberClassifier::builtInRulesOfTheDay()
{
    QFETCH(QString, input);
    QFETCH(QDate, day);
    QFETCH(QString, category);
    QFETCH(bool, automated);
    QFETCH(QDate, since);
    const NumberClassification c = NumberClassifier().classify(input, day);
    QVERIFY2(c.valid, qPrintable(c.reason));
    QCOMPARE(numberCategoryCode(c.category), category);
    QCOMPARE(c.automatedAllowed, automated);
    QCOMPARE(c.on, day);
    QCOMPARE(c.ruleSince, since);
    // The clock's day is the default.
    Clock::setInstance(new FixedClock(day));
    QCOMPARE(numberCategoryCode(NumberClassifier().classify(input).category), category);
}

void TestNumberClassifier::noRuleBeforeTheMandateRegime()
{
    // Before decision 18-0881 (2019-08-01) the plan holds no rule: nothing is classified.
    const NumberClassification c
        = NumberClassifier().classify(QStringLiteral("01 23 45 67 89"), QDate(2019, 7, 31));
    QVERIFY(!c.valid);
    QVERIFY2(c.reason.contains(QLatin1String("2019-08-01")), qPrintable(c.reason));
    QVERIFY(NumberClassifier().classify(QStringLiteral("01 23 45 67 89"), QDate(2019, 8, 1)).valid);
}

void TestNumberClassifier::cleanup()
{
    Clock::setInstance(nullptr);
}

void TestNumberClassifier::findNumbersInText()
{
    const QString text
        = QStringLiteral("Facture n° 42 — Ligne 01.23.45.67.89 et +33 (0)1 62 12 34 56\n"
                         "Votre mobile : 06 12 34 56 78. Agence 0590 12 34 56. Total 1 234,56 €");
    const QList<NumberClassifier::Found> found = NumberClassifier().findNumbers(text);
    QStringList e164;
    for (const auto& f : found) {
        e164.append(f.e164);
        QCOMPARE(text.mid(f.start, f.raw.size()), f.raw);
    }
    QCOMPARE(e164, (QStringList { "+33123456789", "+33162123456", "+33612345678", "+590590123456" }));

    // Numbers side by side, a 14-digit one, and things that only look like numbers.
    const QString mixed
        = QStringLiteral("+33 1 62 12 34 56 01 62 12 34 57 | 07 00 12 34 56 78 90 | SIREN 518 452 750 | "
                         "le 01/12/2009 à 00:01:12 | 0,00 € | 0033 1 62 12 34 59.");
    QStringList got;
    for (const auto& f : NumberClassifier().findNumbers(mixed))
        got.append(f.e164);
    QCOMPARE(got, (QStringList { "+33162123456", "+33162123457", "+337001234567890", "+33162123459" }));
}

void TestNumberClassifier::findNumberNotations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("e164");
    // International digits without "+" or "00", as some billing systems print them.
    QTest::newRow("bare 33, compact") << "Ligne 33162123456 (standard)" << QStringList { "+33162123456" };
    QTest::newRow("bare 33, grouped") << "Tél. 33 1 62 12 34 56." << QStringList { "+33162123456" };
    QTest::newRow("bare 33 beside a SIRET and a SIREN")
        << "SIRET 33212345600012 ; SIREN 332 123 456 ; ligne 33478001025" << QStringList { "+33478001025" };
    QTest::newRow("bare 33 after 0033 and +33 (0)")
        << "0033 1 62 12 34 56 | +33 (0)1 62 12 34 57 | 33162123458"
        << QStringList { "+33162123456", "+33162123457", "+33162123458" };
}

void TestNumberClassifier::findNumberNotations()
{
    QFETCH(QString, text);
    QFETCH(QStringList, e164);
    QStringList got;
    for (const auto& f : NumberClassifier().findNumbers(text)) {
        got.append(f.e164);
        QCOMPARE(text.mid(f.start, f.raw.size()), f.raw);
    }
    QCOMPARE(got, e164);
}

QTEST_GUILESS_MAIN(TestNumberClassifier)
#include "TestNumberClassifier.moc"

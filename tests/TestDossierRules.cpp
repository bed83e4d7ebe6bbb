#include "rules/DossierRules.h"

#include <QTest>

using namespace Mandat;

Q_DECLARE_METATYPE(DossierRules::Freshness::State)

class TestDossierRules : public QObject
{
    Q_OBJECT

private slots:
    void values();
    void freshness_data();
    void freshness();
};

void TestDossierRules::values()
{
    const DossierRules& r = DossierRules::builtIn();
    QCOMPARE(r.kbisFreshnessMonths(), 3);
    QCOMPARE(r.invoiceFreshnessMonths(), 3);
    QCOMPARE(r.freshnessWarningDays(), 14);
    QCOMPARE(r.mandateValidityMonths(), 12);
    QVERIFY(!r.source(QStringLiteral("kbis_freshness_months")).isEmpty());
    // The documents that stand in the Kbis's place for holders not on the RCS (issue 13):
    // their freshness is data with a source, like the Kbis's.
    for (const char* key : { "rne_extract_freshness_months", "sirene_notice_freshness_months",
                             "rna_receipt_freshness_months" }) {
        QCOMPARE(r.value(QLatin1String(key)), 3);
        QVERIFY2(!r.source(QLatin1String(key)).isEmpty(), key);
    }
    QCOMPARE(r.validUntil(QDate(2026, 3, 31)), QDate(2027, 3, 31));
}

void TestDossierRules::freshness_data()
{
    using S = DossierRules::Freshness::State;
    QTest::addColumn<QDate>("document");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<S>("state");
    QTest::addColumn<QDate>("staleOn");

    // T.addMonths(-3) < D <= T
    QTest::newRow("same day") << QDate(2026, 11, 6) << QDate(2026, 11, 6) << S::Fresh << QDate(2027, 2, 6);
    QTest::newRow("a month old") << QDate(2026, 10, 6) << QDate(2026, 11, 6) << S::Fresh << QDate(2027, 1, 6);
    QTest::newRow("14 days left: fresh")
        << QDate(2026, 8, 20) << QDate(2026, 11, 6) << S::Fresh << QDate(2026, 11, 20);
    QTest::newRow("13 days left: warn")
        << QDate(2026, 8, 19) << QDate(2026, 11, 6) << S::StaleSoon << QDate(2026, 11, 19);
    QTest::newRow("last fresh day") << QDate(2026, 8, 7) << QDate(2026, 11, 6) << S::StaleSoon
                                    << QDate(2026, 11, 7);
    QTest::newRow("exactly 3 months: stale")
        << QDate(2026, 8, 6) << QDate(2026, 11, 6) << S::Stale << QDate(2026, 11, 6);
    QTest::newRow("older") << QDate(2026, 1, 6) << QDate(2026, 11, 6) << S::Stale << QDate(2026, 4, 6);
    QTest::newRow("tomorrow is an error")
        << QDate(2026, 11, 7) << QDate(2026, 11, 6) << S::InFuture << QDate(2027, 2, 7);
    // Month ends: on 28 Feb, 28 Feb - 3 months = 28 Nov < 30 Nov, so a Kbis of 30 Nov is still
    // fresh; it stops on 1 Mar, the first day the rule fails (and stale_on says so).
    QTest::newRow("month end") << QDate(2026, 11, 30) << QDate(2027, 2, 28) << S::StaleSoon
                               << QDate(2027, 3, 1);
    QTest::newRow("month end, next day")
        << QDate(2026, 11, 30) << QDate(2027, 3, 1) << S::Stale << QDate(2027, 3, 1);
    QTest::newRow("leap") << QDate(2027, 11, 30) << QDate(2028, 2, 29) << S::StaleSoon << QDate(2028, 3, 1);
    QTest::newRow("31 May") << QDate(2026, 5, 31) << QDate(2026, 8, 30) << S::StaleSoon << QDate(2026, 8, 31);
}

void TestDossierRules::freshness()
{
    QFETCH(QDate, document);
    QFETCH(QDate, day);
    QFETCH(DossierRules::Freshness::State, state);
    QFETCH(QDate, staleOn);
    const DossierRules::Freshness f = DossierRules::builtIn().freshness(document, day, 3);
    QCOMPARE(f.state, state);
    QCOMPARE(f.staleOn, staleOn);
    QCOMPARE(f.daysLeft, int(day.daysTo(staleOn)));
}

QTEST_GUILESS_MAIN(TestDossierRules)
#include "TestDossierRules.moc"

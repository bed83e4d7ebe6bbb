#include "documents/FrenchDates.h"

#include <QTest>

using namespace Mandat;

class TestFrenchDates : public QObject
{
    Q_OBJECT

private slots:
    void formats_data();
    void formats();
    void notDates_data();
    void notDates();
    void positions();
    void fold();
};

void TestFrenchDates::formats_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");

    QTest::newRow("dd/mm/yyyy") << "le 06/11/2024." << QDate(2024, 11, 6);
    QTest::newRow("d/m/yyyy") << "le 6/1/2024" << QDate(2024, 1, 6);
    QTest::newRow("dd.mm.yyyy") << "06.11.2024" << QDate(2024, 11, 6);
    QTest::newRow("dd-mm-yyyy") << "06-11-2024" << QDate(2024, 11, 6);
    QTest::newRow("yyyy-mm-dd") << "2024-11-06" << QDate(2024, 11, 6);
    QTest::newRow("two-digit year") << "06/11/24" << QDate(2024, 11, 6);
    QTest::newRow("two-digit year dots") << "05.11.26" << QDate(2026, 11, 5);
    QTest::newRow("month name") << "à jour au 6 novembre 2024" << QDate(2024, 11, 6);
    QTest::newRow("1er") << "1er décembre 2026" << QDate(2026, 12, 1);
    QTest::newRow("no accent") << "13 decembre 2025" << QDate(2025, 12, 13);
    QTest::newRow("upper case") << "13 DÉCEMBRE 2025" << QDate(2025, 12, 13);
    QTest::newRow("sept.") << "4 sept. 2026" << QDate(2026, 9, 4);
    QTest::newRow("févr.") << "28 févr. 2026" << QDate(2026, 2, 28);
    QTest::newRow("fevr no accent") << "28 fevr. 2026" << QDate(2026, 2, 28);
    QTest::newRow("déc.") << "2 déc. 2025" << QDate(2025, 12, 2);
    QTest::newRow("janv.") << "15 janv. 2026" << QDate(2026, 1, 15);
    QTest::newRow("juil.") << "14 juil. 2026" << QDate(2026, 7, 14);
    QTest::newRow("août") << "15 août 2026" << QDate(2026, 8, 15);
    QTest::newRow("aout") << "15 AOUT 2026" << QDate(2026, 8, 15);
    QTest::newRow("avr. short year") << "3 avr. 26" << QDate(2026, 4, 3);
    QTest::newRow("line break inside") << "6\nnovembre\n2024" << QDate(2024, 11, 6);
    QTest::newRow("no-break spaces") << u"6\u00a0novembre\u00a02024"_qs << QDate(2024, 11, 6);
    QTest::newRow("weekday") << "lundi 2 mars 2026" << QDate(2026, 3, 2);
    QTest::newRow("leap day") << "29/02/2024" << QDate(2024, 2, 29);
}

void TestFrenchDates::formats()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const QList<FrenchDates::Match> found = FrenchDates::find(text);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().date, date);
}

void TestFrenchDates::notDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("31 February") << "31/02/2024";
    QTest::newRow("29 February non-leap") << "29/02/2025";
    QTest::newRow("month 13") << "12/13/2024";
    QTest::newRow("phone number dots") << "01.23.45.67.89";
    QTest::newRow("phone number pairs") << "01 62 12 34 56";
    QTest::newRow("amount") << "1.234,56 €";
    QTest::newRow("mixed separators") << "06/11-2024";
    QTest::newRow("version") << "v1.2.3";
    QTest::newRow("no year") << "31 décembre";
    QTest::newRow("siren") << "518 452 750";
}

void TestFrenchDates::notDates()
{
    QFETCH(QString, text);
    const QList<FrenchDates::Match> found = FrenchDates::find(text);
    QVERIFY2(found.isEmpty(),
             qPrintable(found.isEmpty() ? QString() : found.first().date.toString(Qt::ISODate)));
}

void TestFrenchDates::positions()
{
    const QString text = QStringLiteral("Émise le 5 nov. 2026, échéance 20/11/2026");
    const QList<FrenchDates::Match> found = FrenchDates::find(text);
    QCOMPARE(found.size(), 2);
    QCOMPARE(text.mid(found[0].start, found[0].length), QStringLiteral("5 nov. 2026"));
    QCOMPARE(text.mid(found[1].start, found[1].length), QStringLiteral("20/11/2026"));
}

void TestFrenchDates::fold()
{
    const QString text = QStringLiteral("Délivré À jour\u00a0Échéance");
    const QString folded = FrenchDates::fold(text);
    QCOMPARE(folded, QStringLiteral("delivre a jour echeance"));
    QCOMPARE(folded.size(), text.size());
}

QTEST_GUILESS_MAIN(TestFrenchDates)
#include "TestFrenchDates.moc"

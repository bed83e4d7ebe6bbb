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
    // Every French month abbreviation, with or without the dot, upper case, with or without
    // accents (issue 13).
    QTest::newRow("janv no dot") << "15 janv 2026" << QDate(2026, 1, 15);
    QTest::newRow("JANV.") << "15 JANV. 2026" << QDate(2026, 1, 15);
    QTest::newRow("fév.") << "3 fév. 2026" << QDate(2026, 2, 3);
    QTest::newRow("FÉV") << "3 FÉV 2026" << QDate(2026, 2, 3);
    QTest::newRow("FEVR.") << "3 FEVR. 2026" << QDate(2026, 2, 3);
    QTest::newRow("MARS") << "9 MARS 2026" << QDate(2026, 3, 9);
    QTest::newRow("AVR no dot") << "3 AVR 2026" << QDate(2026, 4, 3);
    QTest::newRow("MAI") << "7 MAI 2026" << QDate(2026, 5, 7);
    QTest::newRow("JUIN") << "30 JUIN 2026" << QDate(2026, 6, 30);
    QTest::newRow("juil no dot") << "14 juil 2026" << QDate(2026, 7, 14);
    QTest::newRow("juill.") << "14 juill. 2026" << QDate(2026, 7, 14);
    QTest::newRow("JUILL no dot") << "14 JUILL 2026" << QDate(2026, 7, 14);
    QTest::newRow("AOÛT") << "15 AOÛT 2026" << QDate(2026, 8, 15);
    QTest::newRow("sept no dot") << "4 sept 2026" << QDate(2026, 9, 4);
    QTest::newRow("SEPT.") << "4 SEPT. 2026" << QDate(2026, 9, 4);
    QTest::newRow("oct.") << "12 oct. 2026" << QDate(2026, 10, 12);
    QTest::newRow("NOV") << "5 NOV 2026" << QDate(2026, 11, 5);
    QTest::newRow("déc no dot") << "2 déc 2025" << QDate(2025, 12, 2);
    QTest::newRow("DEC.") << "2 DEC. 2025" << QDate(2025, 12, 2);
    QTest::newRow("1ER upper, abbreviated") << "1ER JANV. 2027" << QDate(2027, 1, 1);
    QTest::newRow("weekday mardi") << "mardi 3 mars 2026" << QDate(2026, 3, 3);
    QTest::newRow("weekday and 1er") << "Mercredi 1er avril 2026" << QDate(2026, 4, 1);
    QTest::newRow("weekday abbreviated, comma") << "mar., 3 mars 2026" << QDate(2026, 3, 3);
    QTest::newRow("ISO after a label") << "Date : 2026-03-09" << QDate(2026, 3, 9);
    QTest::newRow("ISO with a time") << "2026-03-09T10:15:00" << QDate(2026, 3, 9);
    QTest::newRow("ISO with slashes") << "2026/03/09" << QDate(2026, 3, 9);
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
    QTest::newRow("ISO month 13") << "2026-13-09";
    QTest::newRow("weekday without year") << "mardi 3 mars";
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

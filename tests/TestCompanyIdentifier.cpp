#include "model/CompanyIdentifier.h"

#include <QTest>

using namespace Mandat;

class TestCompanyIdentifier : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void tva_data();
    void tva();
    void formatSiren();
};

void TestCompanyIdentifier::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("siren");

    const int invalid = int(CompanyIdentifier::Kind::Invalid);
    const int siren = int(CompanyIdentifier::Kind::Siren);
    const int siret = int(CompanyIdentifier::Kind::Siret);
    // Valid SIRENs (Luhn) as written on a Kbis.
    QTest::newRow("kbis example") << "518 452 750" << siren << "518452750";
    QTest::newRow("dots") << "732.829.320" << siren << "732829320";
    QTest::newRow("compact") << "552100554" << siren << "552100554";
    QTest::newRow("luhn fails") << "518452751" << invalid << "";
    QTest::newRow("8 digits") << "51845275" << invalid << "";
    QTest::newRow("10 digits") << "5184527500" << invalid << "";
    QTest::newRow("letters") << "51845275A" << invalid << "";
    QTest::newRow("empty") << "" << invalid << "";
    // SIRET: SIREN + NIC, Luhn over the 14 digits.
    QTest::newRow("siret") << "732 829 320 00074" << siret << "732829320";
    QTest::newRow("siret luhn fails") << "73282932000075" << invalid << "";
    // La Poste: any SIRET whose digit sum is a multiple of 5.
    QTest::newRow("la poste siret") << "35600000000042" << siret << "356000000";
    QTest::newRow("la poste siret 2") << "356 000 000 09075" << siret << "356000000";
    QTest::newRow("la poste bad sum") << "35600000000049" << invalid << "";
    // La Poste's head office keeps its Luhn key (digit sum 26): valid too (python-stdnum fr.siret).
    QTest::newRow("la poste head office") << "356 000 000 00048" << siret << "356000000";
    QTest::newRow("la poste head office compact") << "35600000000048" << siret << "356000000";
    // Any other La Poste SIRET is held to the digit sum, even when its Luhn key is right.
    QTest::newRow("la poste luhn, bad sum") << "35600000000071" << invalid << "";
}

void TestCompanyIdentifier::parse()
{
    QFETCH(QString, input);
    QFETCH(int, kind);
    QFETCH(QString, siren);
    const CompanyIdentifier id = CompanyIdentifier::parse(input);
    QCOMPARE(int(id.kind()), kind);
    QCOMPARE(id.siren(), siren);
    QCOMPARE(id.isValid(), !id.errorString().isEmpty() ? false : true);
    if (!id.isValid())
        QVERIFY(!id.errorString().isEmpty());
}

void TestCompanyIdentifier::tva_data()
{
    QTest::addColumn<QString>("siren");
    QTest::addColumn<QString>("tva");
    // key = (12 + 3 * (SIREN mod 97)) mod 97
    QTest::newRow("kbis example") << "518452750"
                                  << "FR25518452750";
    QTest::newRow("732829320") << "732829320"
                               << "FR44732829320";
    QTest::newRow("404833048") << "404833048"
                               << "FR83404833048";
    QTest::newRow("invalid siren") << "518452751"
                                   << "";
}

void TestCompanyIdentifier::tva()
{
    QFETCH(QString, siren);
    QFETCH(QString, tva);
    QCOMPARE(CompanyIdentifier::tvaNumberForSiren(siren), tva);
}

void TestCompanyIdentifier::formatSiren()
{
    QCOMPARE(CompanyIdentifier::formatSiren(QStringLiteral("518452750")), QStringLiteral("518 452 750"));
}

QTEST_GUILESS_MAIN(TestCompanyIdentifier)
#include "TestCompanyIdentifier.moc"

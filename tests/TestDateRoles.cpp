#include "documents/DateRoles.h"

#include <QTest>

using namespace Mandat;

Q_DECLARE_METATYPE(Document::Kind)

class TestDateRoles : public QObject
{
    Q_OBJECT

private slots:
    void issueDate_data();
    void issueDate();
    void roles_data();
    void roles();
};

void TestDateRoles::issueDate_data()
{
    QTest::addColumn<Document::Kind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected"); // invalid: unknown, the user must enter it
    QTest::addColumn<QString>("role");

    const auto kbis = Document::Kind::Kbis;
    const auto invoice = Document::Kind::Invoice;
    // Kbis: the issue date, never the other dates, whatever comes first.
    QTest::newRow("kbis à jour au after registration")
        << kbis << "Date d'immatriculation 01/12/2009\nà jour au 6 novembre 2024\nJusqu'au 30/11/2108"
        << QDate(2024, 11, 6) << "kbis_up_to_date";
    QTest::newRow("kbis à jour au beats footer")
        << kbis << "à jour au 6 novembre 2024\nR.C.S. Nantes - 07/11/2024 - 14:44:07" << QDate(2024, 11, 6)
        << "kbis_up_to_date";
    QTest::newRow("kbis délivré le, value on next line")
        << kbis << "Extrait délivré le\n03.11.2026\nImmatriculée le 3 mars 2015" << QDate(2026, 11, 3)
        << "kbis_delivered";
    QTest::newRow("kbis footer only")
        << kbis << "Date d'immatriculation 05/05/2012\nR.C.S. Bordeaux - 04/11/2026 - 09:12:44"
        << QDate(2026, 11, 4) << "kbis_footer";
    QTest::newRow("kbis upper case") << kbis << "EXTRAIT KBIS À JOUR AU 2 DÉC. 2026" << QDate(2026, 12, 2)
                                     << "kbis_up_to_date";
    QTest::newRow("kbis only other dates")
        << kbis
        << "Date d'immatriculation 01/12/2009\nDate de commencement d'activité 01/12/2009\nDurée jusqu'au "
           "30/11/2108\nDate de clôture de l'exercice social 31/12/2025\nMention du 12/06/2024 : modification"
        << QDate() << "";
    QTest::newRow("kbis two different issue dates")
        << kbis << "à jour au 6 novembre 2024\n... à jour au 7 novembre 2024" << QDate() << "";
    QTest::newRow("kbis struck off date is not issue")
        << kbis << "Immatriculation radiée le 15/09/2026" << QDate() << "";

    // Invoices.
    QTest::newRow("invoice date de facture") << invoice
                                             << "Période de facturation du 01/10/2026 au 31/10/2026\nDate de "
                                                "facture : 05/11/2026\nÀ payer avant le 20/11/2026"
                                             << QDate(2026, 11, 5) << "invoice_date";
    QTest::newRow("invoice facture du")
        << invoice << "FACTURE DU 5 NOV. 2026\nDate d'échéance\n5 décembre 2026" << QDate(2026, 11, 5)
        << "invoice_date";
    QTest::newRow("invoice numbered facture du")
        << invoice << "Facture n° 2026-0042 du 05/11/2026" << QDate(2026, 11, 5) << "invoice_date";
    QTest::newRow("invoice date d'émission")
        << invoice << "Échéance : 30/11/2026\nDate d'émission : 02/11/2026" << QDate(2026, 11, 2)
        << "invoice_date";
    QTest::newRow("invoice établie le two-digit year")
        << invoice << "Facture établie le 05.11.26\nPortabilité effectuée le 01/09/2025" << QDate(2026, 11, 5)
        << "invoice_date";
    QTest::newRow("invoice émise le") << invoice << "Émise le 3 novembre 2026 — prélevée le 18/11/2026"
                                      << QDate(2026, 11, 3) << "invoice_date";
    QTest::newRow("invoice period on the next line")
        << invoice << "Date de facture : 05/11/2026\nDu 01/10/2026 au 31/10/2026" << QDate(2026, 11, 5)
        << "invoice_date";
    QTest::newRow("invoice without issue date")
        << invoice
        << "Relevé de consommations du 01/10/2026 au 31/10/2026\nDate limite de paiement : 10/11/2026"
        << QDate() << "";
    QTest::newRow("invoice due date only") << invoice << "À régler avant le 20/11/2026" << QDate() << "";
    QTest::newRow("invoice direct debit only") << invoice << "Prélèvement le 22/11/2026" << QDate() << "";
    QTest::newRow("invoice no date at all") << invoice << "Facture sans date" << QDate() << "";
}

void TestDateRoles::issueDate()
{
    QFETCH(Document::Kind, kind);
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QFETCH(QString, role);
    const DateRoles::Result r = DateRoles::issueDate(text, kind);
    QCOMPARE(r.date, expected);
    if (expected.isValid()) {
        QCOMPARE(DateRoles::roleCode(r.role), role);
        // The snippet is the text the date came from, to show the user.
        QVERIFY2(!r.snippet.isEmpty(), "no snippet");
        QVERIFY2(text.simplified().contains(r.snippet.simplified().left(8)), qPrintable(r.snippet));
    } else {
        QVERIFY2(!r.why.isEmpty(), "an unknown date must say why");
    }
}

void TestDateRoles::roles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("role");
    QTest::newRow("registration") << "Date d'immatriculation 01/12/2009"
                                  << "registration";
    QTest::newRow("activity") << "Date de commencement d'activité 01/12/2009"
                              << "activity_start";
    QTest::newRow("duration") << "Durée de la personne morale Jusqu'au 30/11/2108"
                              << "company_duration";
    QTest::newRow("year end") << "Date de clôture de l'exercice social 31/12/2025"
                              << "financial_year_end";
    QTest::newRow("modification") << "Modification le 12/06/2024"
                                  << "modification";
    QTest::newRow("struck off") << "Immatriculation radiée le 15/09/2026"
                                << "struck_off";
    QTest::newRow("due") << "Date d'échéance : 20/11/2026"
                         << "due_date";
    QTest::newRow("pay before") << "À payer avant le 20/11/2026"
                                << "due_date";
    QTest::newRow("debit") << "Prélèvement le 22/11/2026"
                           << "direct_debit";
    QTest::newRow("porting") << "Portabilité effectuée le 01/09/2025"
                             << "porting";
    QTest::newRow("period") << "Période de facturation du 01/10/2026 au 31/10/2026"
                            << "billing_period";
    QTest::newRow("signed") << "Fait à Nantes, le 12/11/2026"
                            << "signed_on";
}

void TestDateRoles::roles()
{
    QFETCH(QString, text);
    QFETCH(QString, role);
    const QList<DateRoles::Found> all = DateRoles::classify(text);
    QVERIFY(!all.isEmpty());
    for (const DateRoles::Found& f : all)
        QCOMPARE(DateRoles::roleCode(f.role), role);
}

QTEST_GUILESS_MAIN(TestDateRoles)
#include "TestDateRoles.moc"

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

    // Reprints (issue 13): the invoice date counts, never the print or download date.
    QTest::newRow("reprint, date d'édition after")
        << invoice << "DUPLICATA\nFacture n° F-2026-118 du 05/11/2026\nDate d'édition : 12/01/2027"
        << QDate(2026, 11, 5) << "invoice_date";
    QTest::newRow("reprint, date d'édition first")
        << invoice << "Date d'édition : 12/01/2027\nDate de facture : 05/11/2026" << QDate(2026, 11, 5)
        << "invoice_date";
    QTest::newRow("reprint, édité le on the next line")
        << invoice << "Facture du 05/11/2026\nDuplicata édité le 12/01/2027" << QDate(2026, 11, 5)
        << "invoice_date";
    QTest::newRow("reprint, imprimé le")
        << invoice << "Date de facture : 05/11/2026\nDocument imprimé le 12/01/2027" << QDate(2026, 11, 5)
        << "invoice_date";
    QTest::newRow("reprint, téléchargée le on the same line")
        << invoice << "Facture du 05/11/2026 — téléchargée le 12/01/2027" << QDate(2026, 11, 5)
        << "invoice_date";
    QTest::newRow("reprint, DUPLICATA du")
        << invoice << "Date de facture : 05/11/2026\nDUPLICATA du 12/01/2027" << QDate(2026, 11, 5)
        << "invoice_date";
    QTest::newRow("reprint, print date only")
        << invoice << "DUPLICATA\nDate d'édition : 12/01/2027\nÉchéance : 20/11/2026" << QDate() << "";
    QTest::newRow("reprint, éditée le only") << invoice << "Facture éditée le 12/01/2027" << QDate() << "";

    // Billing periods (issue 13): never the period's first day.
    QTest::newRow("facture du … au …, full dates")
        << invoice << "Facture du 01/10/2026 au 31/10/2026\nMontant TTC 45,00 €" << QDate() << "";
    QTest::newRow("facture du … au …, first end without year")
        << invoice << "FACTURE DU 01/10 AU 31/10/2026" << QDate() << "";
    QTest::newRow("facture du … au …, month names")
        << invoice << "Facture du 1er octobre au 31 octobre 2026" << QDate() << "";
    QTest::newRow("facture du … au …, wrapped")
        << invoice << "Facture du 01/10/2026\nau 31/10/2026" << QDate() << "";
    QTest::newRow("facture du … au …, then the invoice date")
        << invoice << "Facture du 01/10/2026 au 31/10/2026\nÉmise le 05/11/2026" << QDate(2026, 11, 5)
        << "invoice_date";
    QTest::newRow("numbered facture du … au …")
        << invoice << "Facture n° 2026-0042 du 01/10/2026 au 31/10/2026" << QDate() << "";

    // Tables (issue 13): a header row of labels, the values on the line below.
    QTest::newRow("table, aligned columns")
        << invoice
        << "N° de facture      Date de facture     Date d'échéance     Montant TTC\n"
           "F-2026-0042        05/11/2026          20/11/2026          123,45 €"
        << QDate(2026, 11, 5) << "invoice_date";
    QTest::newRow("table, irregular spacing, same number of columns")
        << invoice
        << "Date d'échéance  Date de facture  N° de compte  Montant\n"
           "20/11/2026    05/11/2026   123456   45,00 €"
        << QDate(2026, 11, 5) << "invoice_date";
    QTest::newRow("table, more values than labels: by position")
        << invoice
        << "Date de facture    Date d'échéance    Montant\n"
           "05/11/2026         20/11/2026         1 234,56 €    TTC"
        << QDate(2026, 11, 5) << "invoice_date";
    QTest::newRow("table, blank line between header and values")
        << invoice
        << "Date d'échéance     Date de facture     Montant\n\n"
           "20/11/2026          05/11/2026          45,00 €"
        << QDate(2026, 11, 5) << "invoice_date";

    QTest::newRow("table, period as one value") << invoice
                                                << "Date de facture Période Montant\n"
                                                   "05/11/2026 01/10/2026 au 31/10/2026 45,00 €"
                                                << QDate(2026, 11, 5) << "invoice_date";
    QTest::newRow("table, values and headings do not pair up: unknown")
        << invoice
        << "Date de facture Période Montant\n"
           "05/11/2026 01/10/2026 31/10/2026 45,00 €"
        << QDate() << "";

    // Kbis labels wrapped (issue 13).
    QTest::newRow("kbis à jour / au wrapped")
        << kbis << "EXTRAIT KBIS à jour\nau 6 novembre 2026\nDate d'immatriculation 01/12/2009"
        << QDate(2026, 11, 6) << "kbis_up_to_date";
    QTest::newRow("kbis label, blank line, date")
        << kbis << "Extrait Kbis à jour au\n\n6 novembre 2026" << QDate(2026, 11, 6) << "kbis_up_to_date";
    QTest::newRow("kbis label spaced out") << kbis << "EXTRAIT KBIS   à   jour   au   6 novembre 2026"
                                           << QDate(2026, 11, 6) << "kbis_up_to_date";

    // In the Kbis's place, another register's document by its own label (issue 13).
    QTest::newRow("SIRENE notice: situation au")
        << kbis
        << "INSEE\nAvis de situation au répertoire Sirene\nSituation au 02/11/2026\nDate de création de "
           "l'entreprise : 01/12/2009"
        << QDate(2026, 11, 2) << "situation_at";
    QTest::newRow("RNA receipt: délivré le") << kbis
                                             << "RÉCÉPISSÉ DE DÉCLARATION D'UNE ASSOCIATION\nDéclaration "
                                                "reçue le 28/10/2021\nRécépissé délivré le "
                                                "3 novembre 2026"
                                             << QDate(2026, 11, 3) << "kbis_delivered";
    QTest::newRow("RNE extract: registration is not the issue date")
        << kbis << "EXTRAIT DU REGISTRE NATIONAL DES ENTREPRISES\nDate d'immatriculation au RNE : 14/02/2023"
        << QDate() << "";
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
    QTest::newRow("print date") << "Date d'édition : 12/01/2027"
                                << "print_date";
    QTest::newRow("downloaded") << "Téléchargée le 12/01/2027"
                                << "print_date";
    QTest::newRow("printed") << "Imprimé le 12 janv. 2027"
                             << "print_date";
    QTest::newRow("facture du … au …") << "Facture du 01/10/2026 au 31/10/2026"
                                       << "billing_period";
    QTest::newRow("situation au") << "Situation au 02/11/2026"
                                  << "situation_at";
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

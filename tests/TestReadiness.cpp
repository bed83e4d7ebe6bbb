#include "Fixtures.h"
#include "checks/ReadinessReport.h"
#include "core/Clock.h"
#include "documents/DocumentIntake.h"
#include "store/Profile.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Mandat;

/*
 * The readiness report of a whole dossier, built from documents added through the intake
 * (bytes stored, text read once) at chosen dates.
 */
class TestReadiness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyDossierListsWhatIsMissing();
    void completeDossierIsReady();
    void staleInvoiceLeavesNumbersUncovered();
    void mobileAndAutomatedRules();
    void numberRulesOfTheCheckDay();
    void unreadableFileIsNotStored();
    void generatedMandateIsNotSigned();
    void manualDateAndConfirmation();

private:
    QString write(const QString& name, const QByteArray& bytes);
    Document add(Document::Kind kind, const QString& name, const QByteArray& bytes);
    QStringList codes(const ReadinessReport& r) const;

    QScopedPointer<QTemporaryDir> m_dir;
    QScopedPointer<Profile> m_profile;
    Dossier m_dossier;
};

void TestReadiness::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReadiness::init()
{
    Clock::setInstance(new FixedClock(QDate(2026, 11, 23)));
    m_dir.reset(new QTemporaryDir);
    m_profile.reset(new Profile);
    QString error;
    QVERIFY2(m_profile->open(m_dir->filePath(QStringLiteral("profile")), &error), qPrintable(error));
    m_dossier = Dossier();
    m_dossier.name = QStringLiteral("Campagne");
    m_dossier.client.legalName = QStringLiteral("ACME TÉLÉCOM");
    m_dossier.client.siren = QStringLiteral("518452750");
    m_dossier.numbers = { QStringLiteral("+33162123456"), QStringLiteral("+33162123457") };
    QVERIFY(m_profile->dossiers().createDossier(m_dossier, {}, &error));
}

void TestReadiness::cleanup()
{
    m_profile.reset();
    m_dir.reset();
    Clock::setInstance(nullptr);
}

QString TestReadiness::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir->filePath(name);
    return Fixtures::writeFile(path, bytes) ? path : QString();
}

Document TestReadiness::add(Document::Kind kind, const QString& name, const QByteArray& bytes)
{
    const DocumentIntake::Outcome out
        = DocumentIntake::add(m_profile->dossiers(), m_dossier.id, kind, write(name, bytes));
    if (!out.document)
        qWarning("intake refused %s: %s", qPrintable(name), qPrintable(out.error));
    return out.document.value_or(Document());
}

QStringList TestReadiness::codes(const ReadinessReport& r) const
{
    QStringList out;
    for (const Problem& p : r.problems)
        out.append(p.code);
    out.sort();
    return out;
}

void TestReadiness::emptyDossierListsWhatIsMissing()
{
    const ReadinessReport r
        = ReadinessReport::build(m_dossier, m_profile->dossiers(), m_profile->blobs(), QDate(2026, 11, 23));
    QVERIFY(!r.ready());
    QCOMPARE(codes(r), (QStringList { "missing_invoice", "missing_kbis", "missing_signed_mandate" }));
}

void TestReadiness::completeDossierIsReady()
{
    const QDate issued(2026, 11, 5);
    QVERIFY(!add(Document::Kind::Kbis, QStringLiteral("kbis.pdf"),
                 Fixtures::textPdf({ Fixtures::kbisUpToDate(issued) }))
                 .id.isNull());
    // The numbers are split across two invoices: each must be on at least one.
    QVERIFY(
        !add(Document::Kind::Invoice, QStringLiteral("facture-1.pdf"),
             Fixtures::textPdf({ Fixtures::invoiceOperator(issued, { QStringLiteral("01 62 12 34 56") }) }))
             .id.isNull());
    const Document scan = add(Document::Kind::Invoice, QStringLiteral("facture-2.png"),
                              Fixtures::png(Fixtures::pageImage(Fixtures::invoiceShortMonth(
                                  issued, { QStringLiteral("01.62.12.34.57") }))));
    QCOMPARE(scan.ocrPages, QList<int> { 1 });
    QCOMPARE(scan.issueDate, issued);
    const Document mandate
        = add(Document::Kind::SignedMandate, QStringLiteral("mandat-signe.pdf"),
              Fixtures::scannedPdf({ QStringLiteral("MANDAT\nFait à Nantes, le 12/11/2026") }));
    QString error;
    QVERIFY(m_profile->dossiers().setSignatureConfirmed(mandate.id, true, QStringLiteral("tester"), &error));

    const ReadinessReport r
        = ReadinessReport::build(m_dossier, m_profile->dossiers(), m_profile->blobs(), QDate(2026, 11, 23));
    QVERIFY2(r.ready(), qPrintable(codes(r).join(u' ')));
    QCOMPARE(r.invoicesByNumber.value(QStringLiteral("+33162123456")), QStringList { "facture-1.pdf" });
    QCOMPARE(r.invoicesByNumber.value(QStringLiteral("+33162123457")), QStringList { "facture-2.png" });
    QCOMPARE(r.toJson()[QStringLiteral("ready")].toBool(), true);

    // Planned for later: the documents go stale on 5 Feb 2027.
    const ReadinessReport later
        = ReadinessReport::build(m_dossier, m_profile->dossiers(), m_profile->blobs(), QDate(2027, 2, 1));
    QVERIFY(later.ready());
    QCOMPARE(later.warningCount(), 3);
    const ReadinessReport tooLate
        = ReadinessReport::build(m_dossier, m_profile->dossiers(), m_profile->blobs(), QDate(2027, 2, 5));
    QVERIFY(!tooLate.ready());
    QVERIFY(codes(tooLate).contains(QStringLiteral("stale")));
    QVERIFY(codes(tooLate).contains(QStringLiteral("number_not_on_invoice")));
}

void TestReadiness::staleInvoiceLeavesNumbersUncovered()
{
    add(Document::Kind::Invoice, QStringLiteral("old.pdf"),
        Fixtures::textPdf({ Fixtures::invoiceOperator(
            QDate(2026, 6, 5), { QStringLiteral("01 62 12 34 56"), QStringLiteral("01 62 12 34 57") }) }));
    const ReadinessReport r
        = ReadinessReport::build(m_dossier, m_profile->dossiers(), m_profile->blobs(), QDate(2026, 11, 23));
    QCOMPARE(codes(r).count(QStringLiteral("number_not_on_invoice")), 2);
    QVERIFY(codes(r).contains(QStringLiteral("stale")));
}

void TestReadiness::mobileAndAutomatedRules()
{
    QString error;
    m_dossier.numbers = { QStringLiteral("+33612345678"), QStringLiteral("+33123456789"),
                          QStringLiteral("+33162123456"), QStringLiteral("+33937123456") };
    m_dossier.use = PhoneUse::Automated;
    QVERIFY(m_profile->dossiers().updateDossier(m_dossier, &error));
    const ReadinessReport r
        = ReadinessReport::build(m_dossier, m_profile->dossiers(), m_profile->blobs(), QDate(2026, 11, 23));
    QHash<QString, QString> bySubject;
    for (const Problem& p : r.problems) {
        if (!p.subject.isEmpty())
            bySubject.insert(p.subject, p.code + (p.isBlocking() ? QStringLiteral("!") : QString()));
    }
    QCOMPARE(bySubject.value(QStringLiteral("+33612345678")), QStringLiteral("number_mobile!"));
    QCOMPARE(bySubject.value(QStringLiteral("+33123456789")), QStringLiteral("number_automated_forbidden!"));
    QVERIFY(!bySubject.contains(QStringLiteral("+33162123456"))); // NPV: allowed
    // Neither agents nor automated systems may present a platform number: it blocks an
    // automated dossier.
    QCOMPARE(bySubject.value(QStringLiteral("+33937123456")), QStringLiteral("number_platform!"));

    // For agents' calls, a geographic number is fine, and a platform number only a warning
    // (shared/domain.md's table).
    m_dossier.use = PhoneUse::Agents;
    const ReadinessReport agents
        = ReadinessReport::build(m_dossier, m_profile->dossiers(), m_profile->blobs(), QDate(2026, 11, 23));
    QVERIFY(!codes(agents).contains(QStringLiteral("number_automated_forbidden")));
    QVERIFY(codes(agents).contains(QStringLiteral("number_mobile")));
    bool platformWarned = false;
    for (const Problem& p : agents.problems) {
        if (p.subject == QLatin1String("+33937123456")) {
            QCOMPARE(p.code, QStringLiteral("number_platform"));
            QVERIFY(!p.isBlocking());
            platformWarned = true;
        }
    }
    QVERIFY(platformWarned);
}

void TestReadiness::numberRulesOfTheCheckDay()
{
    // The numbers are judged by the rules in force on the check day, not the clock's
    // (2026-11-23): decision 2022-1583 bars automated systems from 01–05 and creates the
    // platform numbers from 2023-01-01 only.
    QString error;
    m_dossier.numbers = { QStringLiteral("+33123456789"), QStringLiteral("+33937123456") };
    m_dossier.use = PhoneUse::Automated;
    QVERIFY(m_profile->dossiers().updateDossier(m_dossier, &error));
    auto numberProblems = [](const ReadinessReport& r) {
        QStringList out;
        for (const Problem& p : r.problems) {
            if (p.subject.startsWith(u'+') && p.code != QLatin1String("number_not_on_invoice"))
                out.append(p.subject + u' ' + p.code + (p.isBlocking() ? QStringLiteral("!") : QString()));
        }
        out.sort();
        return out;
    };
    const ReadinessReport eve
        = ReadinessReport::build(m_dossier, m_profile->dossiers(), m_profile->blobs(), QDate(2022, 12, 31));
    QCOMPARE(numberProblems(eve), QStringList());
    const ReadinessReport inForce
        = ReadinessReport::build(m_dossier, m_profile->dossiers(), m_profile->blobs(), QDate(2023, 1, 1));
    QCOMPARE(numberProblems(inForce),
             (QStringList { QStringLiteral("+33123456789 number_automated_forbidden!"),
                            QStringLiteral("+33937123456 number_platform!") }));
}

void TestReadiness::unreadableFileIsNotStored()
{
    for (const QByteArray& bytes :
         { QByteArray(), QByteArray("%PDF-1.7\nbroken"), QByteArray("plain text") }) {
        const DocumentIntake::Outcome out
            = DocumentIntake::add(m_profile->dossiers(), m_dossier.id, Document::Kind::Kbis,
                                  write(QStringLiteral("bad.pdf"), bytes));
        QVERIFY(!out.document);
        QVERIFY(out.failure != DocumentReader::Failure::None);
        QVERIFY(!out.error.isEmpty());
    }
    QString error;
    QVERIFY(m_profile->dossiers().documents(m_dossier.id, &error).isEmpty());
    QVERIFY(QDir(m_profile->blobs().root()).entryList(QDir::AllDirs | QDir::NoDotAndDotDot).isEmpty());
}

void TestReadiness::generatedMandateIsNotSigned()
{
    const QByteArray blank = Fixtures::textPdf({ QStringLiteral("MANDAT\nFait à ..., le ...") });
    add(Document::Kind::FilledMandate, QStringLiteral("mandat.pdf"), blank);
    // The same bytes uploaded as "signed": the same dossier refuses the same bytes twice,
    // so the user copied it under another name into another folder — same hash.
    QTemporaryDir other;
    const QString copy = other.filePath(QStringLiteral("mandat-signe.pdf"));
    QFile f(copy);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(blank);
    f.close();
    const DocumentIntake::Outcome out
        = DocumentIntake::add(m_profile->dossiers(), m_dossier.id, Document::Kind::SignedMandate, copy);
    QVERIFY2(!out.document, "the same bytes twice in one dossier are refused");
    QVERIFY2(out.error.contains(QLatin1String("mandat.pdf")), qPrintable(out.error));
}

void TestReadiness::manualDateAndConfirmation()
{
    const Document inv = add(
        Document::Kind::Invoice, QStringLiteral("releve.pdf"),
        Fixtures::textPdf({ Fixtures::invoiceWithoutIssueDate(
            QDate(2026, 10, 1), { QStringLiteral("01 62 12 34 56"), QStringLiteral("01 62 12 34 57") }) }));
    QCOMPARE(inv.dateSource, Document::DateSource::Unknown);
    ReadinessReport r
        = ReadinessReport::build(m_dossier, m_profile->dossiers(), m_profile->blobs(), QDate(2026, 11, 23));
    QVERIFY(codes(r).contains(QStringLiteral("date_unknown")));
    QString error;
    QVERIFY(m_profile->dossiers().setDocumentDate(inv.id, QDate(2026, 11, 2), &error));
    QCOMPARE(m_profile->dossiers().document(inv.id, &error)->dateSource, Document::DateSource::EnteredByHand);
    r = ReadinessReport::build(m_dossier, m_profile->dossiers(), m_profile->blobs(), QDate(2026, 11, 23));
    QVERIFY(!codes(r).contains(QStringLiteral("date_unknown")));
    QVERIFY(!codes(r).contains(QStringLiteral("number_not_on_invoice")));
}

QTEST_MAIN(TestReadiness)
#include "TestReadiness.moc"

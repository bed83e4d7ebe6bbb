#include "Fixtures.h"
#include "PartyFixtures.h"
#include "store/Profile.h"
#include "sync/Conflicts.h"
#include "sync/SyncState.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace Mandat;

/*
 * The CLI contract, as other tools see it: the real mandatdesk-cli binary, its stdout,
 * stderr and exit codes.
 */
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void classifyContractExample();
    void classifyInvalidExitsOne();
    void classifyOnADay();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void checkSiren();
    void dossierLifecycle();
    void refusedTransitionExitsOne();
    void createRefusesBadInput();
    void checkContract();
    void checkInvoiceHolderAndBlocks();
    void checkUnreadableAndMissing_data();
    void checkUnreadableAndMissing();
    void dossierDocumentsAndReadiness();
    void moveDocumentToTheRightSlot();
    void submitRefusesUnreadyDossier();
    void templateFieldsAndFill();
    void fillAndExportFlattened();
    void frenchTranslation();
    void frenchByDefault();
    void archiveExportImportContract();
    void importCsvContract();
    void numbersAuthorisedContract();
    void startLoadsOnlyWhatTheCommandUses();
    void missingModuleIsSaid();
    void conflictsAndResolveContract();

private:
    QString writeFile(const QString& name, const QByteArray& bytes);
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };
    Run cli(const QStringList& args, const QString& lang = QStringLiteral("en"),
            const QString& program = QStringLiteral(MANDATDESK_CLI_PATH), bool traceLibraries = false);
    // The shared libraries a run of the CLI loaded (file names), as the dynamic linker says.
    QStringList loadedLibraries(const QStringList& args, int* exitCode);

    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

TestCli::Run TestCli::cli(const QStringList& args, const QString& lang, const QString& program,
                          bool traceLibraries)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Never the user's real profile: HOME and XDG folders point into the test folder.
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    if (traceLibraries)
        env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    p.setProcessEnvironment(env);
    QStringList all;
    if (!lang.isEmpty())
        all << QStringLiteral("--lang") << lang;
    all += args;
    p.start(program, all);
    Run r;
    if (!p.waitForFinished(30000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QStringList TestCli::loadedLibraries(const QStringList& args, int* exitCode)
{
    const Run r = cli(args, QStringLiteral("en"), QStringLiteral(MANDATDESK_CLI_PATH), true);
    *exitCode = r.exitCode;
    // "     12345:\tfile=libQt6Core.so.6 [0];  needed by ./mandatdesk-cli [0]"
    static const QRegularExpression file(QStringLiteral("file=(\\S+) \\["));
    QStringList names;
    for (const QByteArray& line : r.err.split('\n')) {
        const QRegularExpressionMatch m = file.match(QString::fromLocal8Bit(line));
        if (m.hasMatch())
            names.append(m.captured(1).section(u'/', -1));
    }
    names.removeDuplicates();
    return names;
}

void TestCli::classifyContractExample()
{
    const Run r
        = cli({ "--json", "numbers", "classify", "01 62 12 34 56", "06 12 34 56 78", "0590 12 34 56" });
    QCOMPARE(r.exitCode, 0);
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &e);
    QVERIFY2(doc.isArray(), qPrintable(e.errorString() + QString::fromUtf8(r.out)));
    const QJsonArray a = doc.array();
    QCOMPARE(a.size(), 3);
    const QStringList keys {
        "input", "valid", "e164", "national", "category", "agents_allowed", "automated_allowed", "reason"
    };
    for (const QJsonValue& v : a) {
        for (const QString& k : keys)
            QVERIFY2(v.toObject().contains(k), qPrintable(k));
    }
    QCOMPARE(a[0]["input"].toString(), QStringLiteral("01 62 12 34 56"));
    QCOMPARE(a[0]["category"].toString(), QStringLiteral("npv"));
    QCOMPARE(a[0]["e164"].toString(), QStringLiteral("+33162123456"));
    QCOMPARE(a[0]["national"].toString(), QStringLiteral("01 62 12 34 56"));
    QCOMPARE(a[0]["agents_allowed"].toBool(), true);
    QCOMPARE(a[0]["automated_allowed"].toBool(), true);
    QCOMPARE(a[1]["category"].toString(), QStringLiteral("mobile"));
    QCOMPARE(a[1]["e164"].toString(), QStringLiteral("+33612345678"));
    QCOMPARE(a[1]["agents_allowed"].toBool(), false);
    QCOMPARE(a[1]["automated_allowed"].toBool(), false);
    QCOMPARE(a[2]["category"].toString(), QStringLiteral("geographic"));
    QCOMPARE(a[2]["e164"].toString(), QStringLiteral("+590590123456"));
    QCOMPARE(a[2]["agents_allowed"].toBool(), true);
    QCOMPARE(a[2]["automated_allowed"].toBool(), false);
    QVERIFY(!a[2]["reason"].toString().isEmpty());
}

void TestCli::classifyOnADay()
{
    // --on applies the rules in force that day: decision 2022-1583 from 2023-01-01.
    const Run inForce = cli(
        { "--json", "numbers", "classify", "--on", "2023-01-01", "+590 9 47 50 12 34", "01 23 45 67 89" });
    QCOMPARE(inForce.exitCode, 0);
    const QJsonArray a = inForce.json().array();
    QCOMPARE(a[0]["category"].toString(), QStringLiteral("npv"));
    QCOMPARE(a[0]["e164"].toString(), QStringLiteral("+590947501234"));
    QCOMPARE(a[0]["national"].toString(), QStringLiteral("09 47 50 12 34"));
    QCOMPARE(a[0]["territory"].toString(), QStringLiteral("Guadeloupe, Saint-Barthélemy, Saint-Martin"));
    QCOMPARE(a[0]["on"].toString(), QStringLiteral("2023-01-01"));
    QCOMPARE(a[0]["rule_since"].toString(), QStringLiteral("2023-01-01"));
    QCOMPARE(a[1]["automated_allowed"].toBool(), false);
    const Run eve
        = cli({ "--json", "numbers", "classify", "--on=2022-12-31", "09 47 50 12 34", "01 23 45 67 89" });
    QCOMPARE(eve.exitCode, 0);
    const QJsonArray b = eve.json().array();
    QCOMPARE(b[0]["category"].toString(), QStringLiteral("non_geographic"));
    QCOMPARE(b[0]["rule_since"].toString(), QStringLiteral("2019-08-01"));
    QCOMPARE(b[1]["automated_allowed"].toBool(), true);
    // Without --on, the rules of --today.
    const Run today = cli({ "--json", "--today", "2022-12-31", "numbers", "classify", "01 62 12 34 56" });
    QCOMPARE(today.json().array().at(0)["category"].toString(), QStringLiteral("geographic"));
    QCOMPARE(cli({ "numbers", "classify", "--on", "31/12/2022", "01 62 12 34 56" }).exitCode, 2);
    QCOMPARE(cli({ "numbers", "classify", "01 62 12 34 56", "--on" }).exitCode, 2);
    // Saint-Pierre-et-Miquelon: a mobile is no geographic number.
    const Run spm = cli({ "--json", "numbers", "classify", "+508 55 12 34", "0508 41 12 34" });
    QCOMPARE(spm.json().array().at(0)["category"].toString(), QStringLiteral("mobile"));
    QCOMPARE(spm.json().array().at(0)["agents_allowed"].toBool(), false);
    QCOMPARE(spm.json().array().at(1)["category"].toString(), QStringLiteral("geographic"));
}

void TestCli::classifyInvalidExitsOne()
{
    const Run r = cli({ "--json", "numbers", "classify", "01 62 12 34 56", "not a number" });
    QCOMPARE(r.exitCode, 1);
    const QJsonArray a = r.json().array();
    QCOMPARE(a.size(), 2);
    QCOMPARE(a[1]["valid"].toBool(), false);
    QCOMPARE(a[1]["category"].toString(), QStringLiteral("invalid"));
    QVERIFY(a[1]["e164"].isNull());
}

void TestCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << QStringList { "frobnicate" };
    QTest::newRow("unknown option") << QStringList { "--frob", "numbers", "classify", "0123456789" };
    QTest::newRow("classify nothing") << QStringList { "numbers", "classify" };
    QTest::newRow("bad --today") << QStringList { "--today", "23/11/2026", "dossier", "list" };
    QTest::newRow("create without numbers")
        << QStringList { "dossier", "create", "--name", "x", "--client-name", "y", "--siren", "518452750" };
    QTest::newRow("bad --use") << QStringList { "dossier",       "create",     "--name",  "x",
                                                "--client-name", "y",          "--siren", "518452750",
                                                "--number",      "0123456789", "--use",   "robots" };
    QTest::newRow("unknown status") << QStringList { "dossier", "set-status", "abcd", "approved" };
    QTest::newRow("authorised, bad --on") << QStringList { "numbers", "authorised", "--on", "01/03/2026" };
    QTest::newRow("authorised, extra argument") << QStringList { "numbers", "authorised", "ACME" };
    // A size that no integer holds was once cast as it came (undefined behaviour).
    QTest::newRow("check, --max-size beyond any integer")
        << QStringList { "check", "/nonexistent.pdf", "--kind", "kbis", "--max-size", "1e300" };
    QTest::newRow("add-document, --max-size beyond any integer")
        << QStringList { "dossier", "add-document",     "abcd",       "--kind",
                         "kbis",    "/nonexistent.pdf", "--max-size", "1e300" };
    QTest::newRow("add-document, --max-size not a number")
        << QStringList { "dossier", "add-document",     "abcd",       "--kind",
                         "kbis",    "/nonexistent.pdf", "--max-size", "big" };
}

void TestCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    const Run r = cli(QStringList { "--json", "--profile", m_dir.filePath(QStringLiteral("usage")) } + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    // Even an error is one JSON document on stdout.
    QVERIFY2(r.json().isObject(), r.out.constData());
    QCOMPARE(r.json()["error"].toString(), QStringLiteral("usage"));
}

void TestCli::checkSiren()
{
    Run r = cli({ "--json", "company", "check-siren", "518 452 750" });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()["valid"].toBool(), true);
    QCOMPARE(r.json()["siren"].toString(), QStringLiteral("518452750"));
    QCOMPARE(r.json()["tva"].toString(), QStringLiteral("FR25518452750"));
    r = cli({ "--json", "company", "check-siren", "518452751" });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json()["valid"].toBool(), false);
    QVERIFY(!r.json()["reason"].toString().isEmpty());
}

void TestCli::dossierLifecycle()
{
    const QString profile = m_dir.filePath(QStringLiteral("lifecycle"));
    const QStringList base { "--json", "--profile", profile };
    Run r = cli(base
                + QStringList { "dossier", "create", "--name", "Campagne été", "--client-name", "ACME SAS",
                                "--siren", "518 452 750", "--number", "01 62 12 34 56", "--number",
                                "+33 (0)1 23 45 67 89", "--use", "automated" });
    QCOMPARE(r.exitCode, 0);
    const QString id = r.json()["id"].toString();
    QVERIFY(!QUuid::fromString(id).isNull());
    QCOMPARE(r.json()["status"].toString(), QStringLiteral("not_submitted"));
    QCOMPARE(r.json()["use"].toString(), QStringLiteral("automated"));
    QCOMPARE(r.json()["numbers"][1]["e164"].toString(), QStringLiteral("+33123456789"));

    r = cli(base + QStringList { "dossier", "list" });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().array().size(), 1);
    QCOMPARE(r.json()[0]["id"].toString(), id);
    QCOMPARE(r.json()[0]["name"].toString(), QStringLiteral("Campagne été"));

    for (const char* status : { "queued", "under_review" }) {
        r = cli(base + QStringList { "dossier", "set-status", id, QString::fromLatin1(status) });
        QCOMPARE(r.exitCode, 0);
    }
    r = cli(base
            + QStringList { "--today", "2026-03-10", "dossier", "set-status", id.left(8), "valid", "--on",
                            "2026-03-09" });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()["valid_until"].toString(), QStringLiteral("2027-03-09"));

    // Expired is derived from the clock: --today moves it.
    r = cli(base + QStringList { "--today", "2027-03-08", "dossier", "show", id });
    QCOMPARE(r.json()["status"].toString(), QStringLiteral("valid"));
    r = cli(base + QStringList { "--today", "2027-03-09", "dossier", "show", id });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()["status"].toString(), QStringLiteral("expired"));
    QCOMPARE(r.json()["history"].toArray().size(), 4);
    QCOMPARE(r.json()["history"][3]["from"].toString(), QStringLiteral("under_review"));

    r = cli(base + QStringList { "--today", "2027-03-09", "dossier", "renew", id });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()["renews"].toString(), id);
}

void TestCli::refusedTransitionExitsOne()
{
    const QString profile = m_dir.filePath(QStringLiteral("refused"));
    const QStringList base { "--json", "--profile", profile };
    Run r = cli(base
                + QStringList { "dossier", "create", "--name", "D", "--client-name", "C", "--siren",
                                "518452750", "--number", "0123456789" });
    QCOMPARE(r.exitCode, 0);
    const QString id = r.json()["id"].toString();
    r = cli(base + QStringList { "dossier", "set-status", id, "valid" });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json()["error"].toString(), QStringLiteral("refused_transition"));
    QVERIFY(!r.err.isEmpty());
    r = cli(base + QStringList { "dossier", "set-status", id, "queued" });
    r = cli(base + QStringList { "dossier", "set-status", id, "under_review" });
    r = cli(base + QStringList { "dossier", "set-status", id, "rejected" });
    QCOMPARE(r.exitCode, 1); // a rejection needs its reason
    r = cli(base + QStringList { "dossier", "set-status", id, "rejected", "--reason", "Kbis de 2019" });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()["rejection_reason"].toString(), QStringLiteral("Kbis de 2019"));
    r = cli(base + QStringList { "dossier", "show", "ffffffff" });
    QCOMPARE(r.exitCode, 1);
}

void TestCli::createRefusesBadInput()
{
    const QString profile = m_dir.filePath(QStringLiteral("bad"));
    const QStringList base { "--json", "--profile", profile,         "dossier", "create",
                             "--name", "D",         "--client-name", "C" };
    Run r = cli(base + QStringList { "--siren", "518452751", "--number", "0123456789" });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json()["error"].toString(), QStringLiteral("invalid_siren"));
    r = cli(base + QStringList { "--siren", "518452750", "--number", "01234" });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json()["error"].toString(), QStringLiteral("invalid_number"));
    r = cli(base
            + QStringList { "--siren", "518452750", "--number", "0123456789", "--number", "01.23.45.67.89" });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json()["error"].toString(), QStringLiteral("duplicate_number"));
    r = cli({ "--json", "--profile", profile, "dossier", "list" });
    QCOMPARE(r.json().array().size(), 0);
}

QString TestCli::writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    Fixtures::writeFile(path, bytes);
    return path;
}

void TestCli::checkContract()
{
    const QString kbis = writeFile(QStringLiteral("kbis.pdf"),
                                   Fixtures::textPdf({ Fixtures::kbisUpToDate(QDate(2026, 11, 6)) }));
    Run r
        = cli({ "--json", "--today", "2026-11-23", "check", kbis, "--kind", "kbis", "--siren", "518452750" });
    QCOMPARE(r.exitCode, 0);
    QJsonObject o = r.json().object();
    for (const char* key : { "file", "kind", "ok", "pages", "ocr_pages", "date", "date_text", "fresh",
                             "stale_on", "siren", "numbers_found", "numbers_missing", "problems" })
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o["file"].toString(), kbis);
    QCOMPARE(o["kind"].toString(), QStringLiteral("kbis"));
    QCOMPARE(o["ok"].toBool(), true);
    QCOMPARE(o["pages"].toInt(), 1);
    QCOMPARE(o["ocr_pages"].toArray().size(), 0);
    QCOMPARE(o["date"].toString(), QStringLiteral("2026-11-06"));
    QCOMPARE(o["date_text"].toString(), QStringLiteral("à jour au 6 novembre 2026"));
    QCOMPARE(o["fresh"].toBool(), true);
    QCOMPARE(o["stale_on"].toString(), QStringLiteral("2027-02-06"));
    QCOMPARE(o["siren"].toString(), QStringLiteral("518452750"));
    QCOMPARE(o["problems"].toArray().size(), 0);
    QCOMPARE(o["identity_document"].toString(), QStringLiteral("kbis"));

    // A sole trader's RNE extract in the Kbis's place (issue 13): recognised, dated, fresh.
    const QString rne = writeFile(QStringLiteral("rne.pdf"),
                                  Fixtures::textPdf({ Fixtures::rneExtract(QDate(2026, 11, 6)) }));
    r = cli({ "--json", "--today", "2026-11-23", "check", rne, "--kind", "kbis", "--siren", "518452750" });
    QCOMPARE(r.exitCode, 0);
    o = r.json().object();
    QCOMPARE(o["kind"].toString(), QStringLiteral("kbis"));
    QCOMPARE(o["identity_document"].toString(), QStringLiteral("rne_extract"));
    QCOMPARE(o["date"].toString(), QStringLiteral("2026-11-06"));
    QCOMPARE(o["stale_on"].toString(), QStringLiteral("2027-02-06"));
    QCOMPARE(o["problems"].toArray().size(), 0);

    // Another company's Kbis, checked later: blocking, exit 1, typed problems.
    r = cli({ "--json", "--today", "2027-03-01", "check", kbis, "--kind", "kbis", "--siren", "732829320" });
    QCOMPARE(r.exitCode, 1);
    o = r.json().object();
    QCOMPARE(o["ok"].toBool(), false);
    QCOMPARE(o["fresh"].toBool(), false);
    QStringList codes;
    for (const QJsonValue& p : o["problems"].toArray()) {
        codes.append(p["code"].toString());
        QCOMPARE(p["severity"].toString(), QStringLiteral("blocking"));
        QVERIFY(!p["message"].toString().isEmpty());
    }
    codes.sort();
    QCOMPARE(codes, (QStringList { "siren_mismatch", "stale" }));

    // An invoice scan (PNG): OCR, numbers found and missing.
    const QString scan = writeFile(QStringLiteral("facture.png"),
                                   Fixtures::png(Fixtures::pageImage(Fixtures::invoiceOperator(
                                       QDate(2026, 11, 5), { QStringLiteral("01 62 12 34 56") }))));
    r = cli({ "--json", "--today", "2026-11-23", "check", scan, "--kind", "invoice", "--number",
              "01 62 12 34 56", "--number", "+33 1 62 12 34 99" });
    QCOMPARE(r.exitCode, 1);
    o = r.json().object();
    QCOMPARE(o["ocr_pages"].toArray(), QJsonArray { 1 });
    QCOMPARE(o["date"].toString(), QStringLiteral("2026-11-05"));
    QVERIFY(o["numbers_found"].toArray().contains(QStringLiteral("+33162123456")));
    QCOMPARE(o["numbers_missing"].toArray(), QJsonArray { "+33162123499" });
    QCOMPARE(o["problems"][0]["code"].toString(), QStringLiteral("number_missing"));
}

void TestCli::checkInvoiceHolderAndBlocks()
{
    const QString trunk
        = writeFile(QStringLiteral("trunk.pdf"),
                    Fixtures::textPdf({ Fixtures::invoiceWithHolder(
                        QDate(2026, 11, 5), QStringLiteral("Client : ACME TÉLÉCOM\nSIRET 518 452 750 00012"),
                        QStringLiteral("SDA 04 78 00 10 00 → 04 78 00 10 49")) }));
    // The client named as on the dossier: the holder is the client's; a number shown via its block.
    Run r = cli({ "--json", "--today", "2026-11-23", "check", trunk, "--kind", "invoice", "--client-name",
                  "Acme Télécom SAS", "--siren", "518452750", "--number", "04 78 00 10 25" });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()["holder"]["name"].toString(), QStringLiteral("ACME TÉLÉCOM"));
    QCOMPARE(r.json()["holder"]["siren"].toString(), QStringLiteral("518452750"));
    QCOMPARE(r.json()["holder"]["match"].toString(), QStringLiteral("same"));
    QCOMPARE(r.json()["numbers_in_blocks"]["+33478001025"].toString(),
             QStringLiteral("04 78 00 10 00 → 04 78 00 10 49"));
    QCOMPARE(r.json()["number_blocks"][0]["count"].toInt(), 50);
    QVERIFY(r.json()["numbers_found"].toArray().contains(QStringLiteral("+33478001025")));
    QCOMPARE(r.json()["problems"].toArray().size(), 0);

    // Another client: blocking, both names in the message.
    r = cli(
        { "--json", "--today", "2026-11-23", "check", trunk, "--kind", "invoice", "--siren", "732829320" });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json()["holder"]["match"].toString(), QStringLiteral("other"));
    QCOMPARE(r.json()["problems"][0]["code"].toString(), QStringLiteral("invoice_holder_mismatch"));
    QCOMPARE(r.json()["problems"][0]["severity"].toString(), QStringLiteral("blocking"));
    QVERIFY(r.json()["problems"][0]["message"].toString().contains(QLatin1String("518 452 750")));
    QVERIFY(r.json()["problems"][0]["message"].toString().contains(QLatin1String("732 829 320")));

    // Without a client, the holder is not checked.
    r = cli({ "--json", "--today", "2026-11-23", "check", trunk, "--kind", "invoice" });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.json()["holder"].isNull());
}

void TestCli::checkUnreadableAndMissing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not a pdf") << QByteArray("hello");
    const QByteArray pdf = Fixtures::textPdf({ QStringLiteral("x") });
    QTest::newRow("truncated") << pdf.left(pdf.size() / 3);
}

void TestCli::checkUnreadableAndMissing()
{
    QFETCH(QByteArray, bytes);
    const QString path = writeFile(QStringLiteral("bad.pdf"), bytes);
    Run r = cli({ "--json", "check", path, "--kind", "invoice" });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json()["ok"].toBool(), false);
    QCOMPARE(r.json()["problems"][0]["code"].toString(), QStringLiteral("unreadable"));
    QVERIFY(r.json()["date"].isNull());
    // Several files: one array, in order; exit 1 when any of them blocks.
    const QString good = writeFile(QStringLiteral("good.pdf"),
                                   Fixtures::textPdf({ Fixtures::invoiceOperator(
                                       QDate::currentDate(), { QStringLiteral("01 62 12 34 56") }) }));
    r = cli({ "--json", "check", good, path, "--kind", "invoice" });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json().array().size(), 2);
    QCOMPARE(r.json()[0]["ok"].toBool(), true);
    QCOMPARE(r.json()[1]["ok"].toBool(), false);
    r = cli({ "--json", "check", good, good, "--kind", "invoice" });
    QCOMPARE(r.exitCode, 0);
    r = cli({ "--json", "check", m_dir.filePath(QStringLiteral("does-not-exist.pdf")), "--kind", "invoice" });
    QCOMPARE(r.exitCode, 2);
    r = cli({ "--json", "check", path, "--kind", "passport" });
    QCOMPARE(r.exitCode, 2);
}

void TestCli::dossierDocumentsAndReadiness()
{
    const QString profile = m_dir.filePath(QStringLiteral("docs"));
    const QStringList base { "--json", "--today", "2026-11-23", "--profile", profile };
    Run r = cli(base
                + QStringList { "dossier", "create", "--name", "D", "--client-name", "ACME TÉLÉCOM",
                                "--siren", "518452750", "--number", "01 62 12 34 56" });
    const QString id = r.json()["id"].toString();
    r = cli(base + QStringList { "dossier", "check", id });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json()["ready"].toBool(), false);
    QCOMPARE(r.json()["blocking"].toInt(), 3);

    const QDate issued(2026, 11, 5);
    r = cli(base
            + QStringList {
                "dossier", "add-document", id, "--kind", "kbis",
                writeFile(QStringLiteral("k.pdf"), Fixtures::textPdf({ Fixtures::kbisUpToDate(issued) })) });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()["issue_date"].toString(), QStringLiteral("2026-11-05"));
    QCOMPARE(r.json()["date_source"].toString(), QStringLiteral("found"));
    r = cli(base
            + QStringList { "dossier", "add-document", id, "--kind", "invoice",
                            writeFile(QStringLiteral("f.pdf"),
                                      Fixtures::textPdf({ Fixtures::invoiceOperator(
                                          issued, { QStringLiteral("01.62.12.34.56") }) })) });
    QCOMPARE(r.exitCode, 0);
    r = cli(base
            + QStringList { "dossier", "add-document", id, "--kind", "mandate",
                            writeFile(QStringLiteral("m.pdf"),
                                      Fixtures::scannedPdf({ QStringLiteral("MANDAT signé") })) });
    QCOMPARE(r.exitCode, 0);
    const QString mandateId = r.json()["id"].toString();
    QCOMPARE(r.json()["ocr_pages"].toArray(), QJsonArray { 1 });
    r = cli(base
            + QStringList { "dossier", "add-document", id, "--kind", "invoice",
                            writeFile(QStringLiteral("x.pdf"), "junk") });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json()["error"].toString(), QStringLiteral("unreadable"));

    r = cli(base + QStringList { "dossier", "check", id });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json()["problems"][0]["code"].toString(), QStringLiteral("signature_unconfirmed"));
    r = cli(base + QStringList { "dossier", "confirm-signature", mandateId });
    QCOMPARE(r.exitCode, 0);
    r = cli(base + QStringList { "dossier", "check", id });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()["ready"].toBool(), true);
    QCOMPARE(r.json()["numbers"][0]["invoices"].toArray(), QJsonArray { "f.pdf" });
    r = cli(base + QStringList { "dossier", "show", id });
    QCOMPARE(r.json()["documents"].toArray().size(), 3);
}

// An invoice added as the Kbis is said first and moved where it belongs, as in the window
// (Documents › Déplacer vers…).
void TestCli::moveDocumentToTheRightSlot()
{
    const QString profile = m_dir.filePath(QStringLiteral("move"));
    const QStringList base { "--json", "--today", "2026-11-23", "--profile", profile };
    Run r = cli(base
                + QStringList { "dossier", "create", "--name", "D", "--client-name", "ACME TÉLÉCOM",
                                "--siren", "518452750", "--number", "01 62 12 34 56" });
    const QString id = r.json()["id"].toString();
    const QDate issued(2026, 11, 5);
    r = cli(base
            + QStringList { "dossier", "add-document", id, "--kind", "kbis",
                            writeFile(QStringLiteral("facture.pdf"),
                                      Fixtures::textPdf({ Fixtures::invoiceOperator(
                                          issued, { QStringLiteral("01.62.12.34.56") }) })) });
    QCOMPARE(r.exitCode, 0);
    const QString document = r.json()["id"].toString();
    r = cli(base + QStringList { "dossier", "check", id });
    QCOMPARE(r.json()["problems"][0]["code"].toString(), QStringLiteral("not_a_kbis"));

    r = cli(base + QStringList { "dossier", "move-document", document, "--kind", "invoice" });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()["kind"].toString(), QStringLiteral("invoice"));
    QCOMPARE(r.json()["issue_date"].toString(), QStringLiteral("2026-11-05")); // read again as an invoice's
    r = cli(base + QStringList { "dossier", "check", id });
    for (const QJsonValue& p : r.json()["problems"].toArray())
        QVERIFY2(!p["code"].toString().startsWith(QLatin1String("not_a")), qPrintable(p["code"].toString()));

    QCOMPARE(cli(base + QStringList { "dossier", "move-document", document, "--kind", "passport" }).exitCode,
             2);
    QCOMPARE(
        cli(base + QStringList { "dossier", "move-document", document, "--kind", "filled_mandate" }).exitCode,
        2);
    r = cli(base
            + QStringList { "dossier", "move-document", QUuid::createUuid().toString(), "--kind", "kbis" });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json()["error"].toString(), QStringLiteral("not_found"));
}

void TestCli::submitRefusesUnreadyDossier()
{
    const QString profile = m_dir.filePath(QStringLiteral("submit"));
    const QStringList base { "--json", "--today", "2026-11-23", "--profile", profile };
    Run r = cli(base
                + QStringList { "dossier", "create", "--name", "Sans mandat", "--client-name", "ACME TÉLÉCOM",
                                "--siren", "518452750", "--number", "01 62 12 34 56" });
    QCOMPARE(r.exitCode, 0);
    const QString id = r.json()["id"].toString();
    const QDate issued(2026, 11, 5);
    r = cli(base
            + QStringList { "dossier", "add-document", id, "--kind", "kbis",
                            writeFile(QStringLiteral("submit-k.pdf"),
                                      Fixtures::textPdf({ Fixtures::kbisUpToDate(issued) })) });
    QCOMPARE(r.exitCode, 0);
    r = cli(base
            + QStringList { "dossier", "add-document", id, "--kind", "invoice",
                            writeFile(QStringLiteral("submit-f.pdf"),
                                      Fixtures::textPdf({ Fixtures::invoiceOperator(
                                          issued, { QStringLiteral("01 62 12 34 56") }) })) });
    QCOMPARE(r.exitCode, 0);

    const int history
        = int(cli(base + QStringList { "dossier", "show", id }).json()["history"].toArray().size());

    // No signed mandate: refused at once with what blocks; no portal is even looked for.
    r = cli(base + QStringList { "submit", id });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json()["error"].toString(), QStringLiteral("not_ready"));
    QVERIFY(!r.json()["message"].toString().isEmpty());
    const QJsonArray problems = r.json()["problems"].toArray();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0]["code"].toString(), QStringLiteral("missing_signed_mandate"));
    QCOMPARE(problems[0]["severity"].toString(), QStringLiteral("blocking"));
    QVERIFY(!problems[0]["message"].toString().isEmpty());
    QVERIFY2(r.err.contains(problems[0]["message"].toString().toUtf8()), r.err.constData());
    // Nothing queued.
    r = cli(base + QStringList { "dossier", "show", id });
    QCOMPARE(r.json()["status"].toString(), QStringLiteral("not_submitted"));
    QCOMPARE(r.json()["history"].toArray().size(), history);
    r = cli(base + QStringList { "portal", "status" });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()["pending"].toArray().size(), 0);

    // In text, the blocking problems are listed.
    r = cli({ "--today", "2026-11-23", "--profile", profile, "submit", id });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("[blocking] The mandate signed and stamped by the client is missing."),
             r.err.constData());

    // Signed mandate added and confirmed: queued, waiting for a portal (none is set up here).
    r = cli(base
            + QStringList { "dossier", "add-document", id, "--kind", "mandate",
                            writeFile(QStringLiteral("submit-m.pdf"),
                                      Fixtures::textPdf({ QStringLiteral("MANDAT signé") })) });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(cli(base + QStringList { "dossier", "confirm-signature", r.json()["id"].toString() }).exitCode,
             0);
    r = cli(base + QStringList { "submit", id });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json()["error"].toString(), QStringLiteral("queued"));
    r = cli(base + QStringList { "dossier", "show", id });
    QCOMPARE(r.json()["status"].toString(), QStringLiteral("queued"));
    r = cli(base + QStringList { "portal", "status" });
    QCOMPARE(r.json()["pending"].toArray().size(), 1);
    QCOMPARE(r.json()["pending"][0]["dossier"].toString(), id);
    // Queued already: refused, not queued twice.
    r = cli(base + QStringList { "submit", id });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json()["error"].toString(), QStringLiteral("refused_transition"));
    QCOMPARE(cli(base + QStringList { "portal", "status" }).json()["pending"].toArray().size(), 1);
}

void TestCli::templateFieldsAndFill()
{
    const QString profile = m_dir.filePath(QStringLiteral("fill"));
    const QStringList base { "--json", "--today", "2026-11-23", "--profile", profile };
    Run r = cli(base
                + QStringList { "company", "set-provider", "--name", "Centre d'Appels de l'Ouest", "--siren",
                                "732829320", "--rcs-city", "Nantes" });
    QCOMPARE(r.exitCode, 0);
    QStringList create { "dossier", "create",   "--name", "Été 2027", "--client-name", "Boulangeries Réunies",
                         "--siren", "518452750" };
    for (int i = 0; i < 12; ++i)
        create << QStringLiteral("--number") << QStringLiteral("01 62 12 34 %1").arg(10 + i);
    r = cli(base + create);
    const QString id = r.json()["id"].toString();

    const QString out = m_dir.filePath(QStringLiteral("mandat.pdf"));
    r = cli(base + QStringList { "fill", id, "--out", out });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()["verified"].toBool(), true);
    QCOMPARE(r.json()["out"].toString(), out);
    QCOMPARE(r.json()["document"]["kind"].toString(), QStringLiteral("filled_mandate"));
    QVERIFY(QFile::exists(out));

    r = cli({ "--json", "template", "fields", out });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray fields = r.json()["fields"].toArray();
    QVERIFY(fields.size() > 20);
    QCOMPARE(fields[0].toObject().keys().contains(QStringLiteral("name")), true);
    QCOMPARE(fields[0]["type"].toString(), QStringLiteral("text"));
    QCOMPARE(fields[0]["page"].toInt(), 1);

    // The generated mandate uploaded as "signed" is caught by its hash.
    r = cli(base + QStringList { "dossier", "add-document", id, "--kind", "mandate", out });
    QCOMPARE(r.exitCode, 1); // the same bytes are already in the dossier, as the filled mandate

    // An operator's form (made by Ghostscript): proposed mapping, corrected and remembered.
    const QString form = m_dir.filePath(QStringLiteral("operator.pdf"));
    QVERIFY(!Fixtures::operatorForm(form).isEmpty());
    r = cli(base + QStringList { "template", "map", form });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()["source"].toString(), QStringLiteral("proposed"));
    QCOMPARE(r.json()["fields"][0]["key"].toString(), QStringLiteral("client.legal_name"));
    r = cli(base + QStringList { "template", "map", form, "--set", "Lieu=provider.rcs_city" });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()["source"].toString(), QStringLiteral("saved"));
    r = cli(base + QStringList { "template", "map", form, "--set", "Lieu=nonsense" });
    QCOMPARE(r.exitCode, 2);
    const QString filledOperator = m_dir.filePath(QStringLiteral("operator-filled.pdf"));
    r = cli(base + QStringList { "fill", id, "--template", form, "--out", filledOperator });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()["mapping_source"].toString(), QStringLiteral("saved"));
    QCOMPARE(r.json()["fields_filled"].toInt(), 5);
    // No annex field on that form, and room for 9 lines: 8 numbers, a pointer to the annex,
    // and an annex page with the 4 others. None is dropped.
    QCOMPARE(r.json()["annex_pages"].toInt(), 1);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { filledOperator, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(30000));
    const QString operatorText = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(operatorText.contains(QStringLiteral("01 62 12 34 21")), qPrintable(operatorText));
    QVERIFY(operatorText.contains(QStringLiteral("Nantes"))); // Lieu took the provider's RCS city, as mapped

    r = cli({ "--json", "template", "fields",
              writeFile(QStringLiteral("plain.pdf"), Fixtures::textPdf({ "x" })) });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()["fields"].toArray().size(), 0);
    r = cli(base
            + QStringList { "fill", id, "--template", m_dir.filePath(QStringLiteral("plain.pdf")), "--out",
                            out });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json()["error"].toString(), QStringLiteral("no_fields"));

    // Print the dossier to PDF: the last filled mandate (the operator's form and its annex) in one job.
    const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
    r = cli(base + QStringList { "print", id, "--to-pdf", printed, "--dpi", "100" });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()["pages"].toInt(), 2);
    QCOMPARE(r.json()["documents"].toArray(), QJsonArray { "operator-filled.pdf" });
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), { printed });
    QVERIFY(info.waitForFinished(30000));
    QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("(A4)")));
    r = cli(base + QStringList { "print", id });
    QCOMPARE(r.exitCode, 2);
    const QString exported = m_dir.filePath(QStringLiteral("exported.pdf"));
    r = cli(base + QStringList { "export-pdf", id, "--out", exported });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFile::exists(exported));
}

void TestCli::fillAndExportFlattened()
{
    const QString profile = m_dir.filePath(QStringLiteral("flatten"));
    const QStringList base { "--json", "--today", "2026-11-23", "--profile", profile };
    Run r = cli(base
                + QStringList { "company", "set-provider", "--name", "Centre d'Appels de l'Ouest", "--siren",
                                "732829320", "--rcs-city", "Nantes" });
    QCOMPARE(r.exitCode, 0);
    r = cli(base
            + QStringList { "dossier", "create", "--name", "Été 2027", "--client-name",
                            "Boulangeries Réunies", "--siren", "518452750", "--number", "01 62 12 34 56",
                            "--use", "automated" });
    QCOMPARE(r.exitCode, 0);
    const QString id = r.json()["id"].toString();
    auto text = [](const QString& pdf) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        return p.waitForFinished(30000) ? QString::fromUtf8(p.readAllStandardOutput()).simplified()
                                        : QString();
    };
    auto fieldCount = [this](const QString& pdf) {
        return cli({ "--json", "template", "fields", pdf }).json()["fields"].toArray().size();
    };

    // fill --flatten: the values are drawn into the page and no field is left.
    const QString flat = m_dir.filePath(QStringLiteral("mandat-flat.pdf"));
    r = cli(base + QStringList { "fill", id, "--out", flat, "--start", "2026-12-01", "--flatten" });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()["verified"].toBool(), true);
    QCOMPARE(r.json()["flattened"].toBool(), true);
    QCOMPARE(r.json()["document"]["kind"].toString(), QStringLiteral("filled_mandate"));
    QCOMPARE(r.json()["sha256"].toString(),
             QString::fromLatin1(
                 QCryptographicHash::hash(Fixtures::readFile(flat), QCryptographicHash::Sha256).toHex()));
    QCOMPARE(fieldCount(flat), 0);
    const QString flatText = text(flat);
    for (const QString& expected : { u"Boulangeries Réunies"_qs, u"518 452 750"_qs, u"01 62 12 34 56"_qs,
                                     u"1 décembre 2026"_qs, u"Centre d'Appels de l'Ouest"_qs })
        QVERIFY2(flatText.contains(expected), qPrintable(expected + u" / "_qs + flatText));

    // Without --flatten the mandate stays fillable (and says so).
    const QString fillable = m_dir.filePath(QStringLiteral("mandat-fillable.pdf"));
    r = cli(base + QStringList { "fill", id, "--out", fillable });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()["flattened"].toBool(), false);
    QVERIFY(fieldCount(fillable) > 20);

    // export-pdf --flatten flattens the dossier's forms (the fillable mandate, the latest).
    const QString exported = m_dir.filePath(QStringLiteral("export-flat.pdf"));
    r = cli(base + QStringList { "export-pdf", id, "--out", exported, "--flatten" });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()["flattened"].toArray(), QJsonArray { "mandat-fillable.pdf" });
    QCOMPARE(fieldCount(exported), 0);
    QVERIFY(text(exported).contains(QStringLiteral("Boulangeries Réunies")));
    const QString asIs = m_dir.filePath(QStringLiteral("export.pdf"));
    r = cli(base + QStringList { "export-pdf", id, "--out", asIs });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.json().object().contains(QStringLiteral("flattened")));
    QVERIFY(fieldCount(asIs) > 20);

    QVERIFY(QString::fromUtf8(cli({ "--help" }).out).contains(QStringLiteral("--flatten")));
}

void TestCli::frenchTranslation()
{
    const Run r = cli({ "--json", "numbers", "classify", "06 12 34 56 78" }, QStringLiteral("fr"));
    const QString reason = r.json()[0]["reason"].toString();
    QVERIFY2(reason.contains(QStringLiteral("numéro mobile")), qPrintable(reason));
}

void TestCli::frenchByDefault()
{
    // The tests run under LANG=C.UTF-8: not English, so French.
    const Run r = cli({ "company", "check-siren", "518452751" }, QString());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("chiffre")), r.out.constData());
}

void TestCli::archiveExportImportContract()
{
    const QString source = m_dir.filePath(QStringLiteral("archive-source"));
    const QString target = m_dir.filePath(QStringLiteral("archive-target"));
    const QString zip = m_dir.filePath(QStringLiteral("dossiers.zip"));
    QStringList ids;
    for (const char* name : { "Un", "Deux" }) {
        Run r = cli({ "--json", "--profile", source, "dossier", "create", "--name", QString::fromLatin1(name),
                      "--client-name", "ACME SAS", "--siren", "518452750", "--number",
                      QStringLiteral("01 62 12 34 5%1").arg(ids.size()) });
        QCOMPARE(r.exitCode, 0);
        ids.append(r.json()["id"].toString());
    }
    const QString kbis
        = writeFile(QStringLiteral("archive-kbis.pdf"),
                    Fixtures::textPdf({ Fixtures::kbisUpToDate(QDate::currentDate().addDays(-3)) }));
    QCOMPARE(
        cli({ "--profile", source, "dossier", "add-document", ids.first(), "--kind", "kbis", kbis }).exitCode,
        0);

    Run r = cli({ "--json", "--profile", source, "export", ids.at(0), ids.at(1).left(8), "--out", zip });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()["out"].toString(), zip);
    QCOMPARE(r.json()["dossiers"].toArray().size(), 2);
    QCOMPARE(r.json()["documents"].toInt(), 1);
    QVERIFY(r.json()["bytes"].toInt() > 1000);

    r = cli({ "--json", "--profile", target, "import", zip });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()["imported"].toArray().size(), 2);
    QCOMPARE(r.json()["documents"].toInt(), 1);
    QCOMPARE(r.json()["skipped"].toArray().size(), 0);
    r = cli({ "--json", "--profile", target, "import", zip });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()["skipped"].toArray().size(), 2);
    QCOMPARE(r.json()["skipped"][0]["reason"].toString(), QStringLiteral("exists"));
    r = cli({ "--json", "--profile", target, "import", zip, "--replace" });
    QCOMPARE(r.json()["replaced"].toArray().size(), 2);
    r = cli({ "--json", "--profile", target, "dossier", "show", ids.first() });
    QCOMPARE(r.json()["documents"].toArray().size(), 1);

    // A refused archive exits 1 with the reason.
    const QString bad = writeFile(QStringLiteral("not-an-archive.zip"), "hello");
    r = cli({ "--json", "--profile", target, "import", bad });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json()["error"].toString(), QStringLiteral("refused_archive"));
    QCOMPARE(r.json()["reason"].toString(), QStringLiteral("unreadable"));
    QCOMPARE(cli({ "--json", "--profile", target, "export", "--out", zip }).exitCode, 2);
    QCOMPARE(cli({ "--json", "--profile", target, "export", "ffffffff", "--out", zip }).exitCode,
             1); // no such dossier
}

void TestCli::importCsvContract()
{
    const QString profile = m_dir.filePath(QStringLiteral("csv"));
    const QString csv
        = writeFile(QStringLiteral("clients.csv"),
                    "Raison sociale;SIREN;T\xe9l\xe9phone\r\n" // Windows-1252, as Excel writes it
                    "Caf\xe9 du Port;518452750;01 62 12 34 56\r\n"
                    "Mauvais;123;01 62 12 34 57\r\n");
    Run r = cli({ "--json", "--profile", profile, "import-csv", csv, "--dry-run" });
    QCOMPARE(r.exitCode, 1); // a row is invalid
    QCOMPARE(r.json()["rows"].toInt(), 2);
    QCOMPARE(r.json()["imported"].toInt(), 0);
    QCOMPARE(r.json()["written"].toBool(), false);
    QCOMPARE(r.json()["encoding"].toString(), QStringLiteral("Windows-1252"));
    QCOMPARE(r.json()["mapping"]["Téléphone"].toString(), QStringLiteral("numbers"));
    QCOMPARE(r.json()["mapping_source"].toString(), QStringLiteral("proposed"));
    // The text says each count in its plural form (issue 14: "1 valides").
    r = cli({ "--profile", profile, "import-csv", csv, "--dry-run" }, QStringLiteral("fr"));
    QVERIFY2(
        QString::fromUtf8(r.out).contains(QStringLiteral("1 valide, 1 invalide, 0 doublon (Windows-1252")),
        r.out.constData());

    const QString report = m_dir.filePath(QStringLiteral("report.csv"));
    r = cli({ "--json", "--profile", profile, "import-csv", csv, "--report", report });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json()["imported"].toInt(), 1);
    QCOMPARE(r.json()["invalid"].toInt(), 1);
    QCOMPARE(r.json()["report"][1]["line"].toInt(), 3);
    QCOMPARE(r.json()["report"][1]["status"].toString(), QStringLiteral("invalid"));
    QCOMPARE(r.json()["report"][0]["name"].toString(), QStringLiteral("Café du Port"));
    QVERIFY(Fixtures::readFile(report).contains("3;invalid;"));
    r = cli({ "--json", "--profile", profile, "dossier", "list" });
    QCOMPARE(r.json().array().size(), 1);

    // A mapping given as a file; a column it does not know is a usage error.
    const QString mapping
        = writeFile(QStringLiteral("mapping.json"),
                    R"({"Raison sociale": "client_name", "SIREN": "siren", "3": "numbers"})");
    r = cli({ "--json", "--profile", profile, "import-csv", csv, "--mapping", mapping, "--dry-run" });
    QCOMPARE(r.json()["mapping_source"].toString(), QStringLiteral("file"));
    QCOMPARE(r.json()["duplicates"].toInt(), 1); // Café du Port is already there
    const QString wrong = writeFile(QStringLiteral("wrong.json"), R"({"Nope": "siren"})");
    r = cli({ "--json", "--profile", profile, "import-csv", csv, "--mapping", wrong });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.json()["error"].toString(), QStringLiteral("bad_mapping"));
    const QString broken = writeFile(QStringLiteral("broken.csv"), "a;b\n\"open;1\n");
    r = cli({ "--json", "--profile", profile, "import-csv", broken });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.json()["error"].toString(), QStringLiteral("unreadable"));
    r = cli({ "--json", "--profile", profile, "dossier", "list" });
    QCOMPARE(r.json().array().size(), 1);
}

void TestCli::numbersAuthorisedContract()
{
    const QString profile = m_dir.filePath(QStringLiteral("authorised"));
    const QStringList base { "--json", "--profile", profile, "--today", "2026-03-01" };
    auto create = [&](const QString& name, const QStringList& numbers, const QString& validOn) {
        QStringList args = base + QStringList { "dossier",       "create",   "--name",  name,
                                                "--client-name", "ACME SAS", "--siren", "518452750" };
        for (const QString& n : numbers)
            args << QStringLiteral("--number") << n;
        Run r = cli(args);
        const QString id = r.json()["id"].toString();
        if (!validOn.isEmpty()) {
            for (const char* status : { "queued", "under_review" })
                cli(base + QStringList { "dossier", "set-status", id, QString::fromLatin1(status) });
            r = cli(base + QStringList { "dossier", "set-status", id, "valid", "--on", validOn });
            if (r.exitCode != 0)
                return QString();
        }
        return id;
    };
    const QString older
        = create(QStringLiteral("Campagne 2025"), { "01 62 12 34 56", "0590 12 34 56" }, "2025-06-01");
    const QString newer
        = create(QStringLiteral("Campagne 2026"), { "01 62 12 34 56", "01 62 12 34 57" }, "2026-01-15");
    const QString draft = create(QStringLiteral("Brouillon"), { "01 62 99 99 99" }, {});
    QVERIFY(!older.isEmpty() && !newer.isEmpty() && !draft.isEmpty());

    Run r = cli(base + QStringList { "numbers", "authorised" });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = r.json().object();
    QCOMPARE(json["on"].toString(), QStringLiteral("2026-03-01")); // today, from --today
    QCOMPARE(json["selection"].toString(), QStringLiteral("longest_validity"));
    QCOMPARE(json["client_count"].toInt(), 1);
    QCOMPARE(json["number_count"].toInt(), 3);
    QCOMPARE(json["recorded"].toBool(), false);
    const QJsonObject client = json["clients"][0].toObject();
    QCOMPARE(client["legal_name"].toString(), QStringLiteral("ACME SAS"));
    QCOMPARE(client["siren"].toString(), QStringLiteral("518452750"));
    const QJsonArray numbers = client["numbers"].toArray();
    QCOMPARE(numbers.size(), 3);
    const QJsonObject first = numbers[0].toObject();
    for (const char* key :
         { "e164", "national", "category", "mandate", "validated_on", "valid_until", "also_valid_under" })
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QCOMPARE(first["e164"].toString(), QStringLiteral("+33162123456"));
    QCOMPARE(first["national"].toString(), QStringLiteral("01 62 12 34 56"));
    QCOMPARE(first["category"].toString(), QStringLiteral("npv"));
    // Under both mandates: listed once, with the one that lasts longest; the other said.
    QCOMPARE(first["mandate"]["dossier_id"].toString(), newer);
    QCOMPARE(first["mandate"]["name"].toString(), QStringLiteral("Campagne 2026"));
    QCOMPARE(first["validated_on"].toString(), QStringLiteral("2026-01-15"));
    QCOMPARE(first["valid_until"].toString(), QStringLiteral("2027-01-15"));
    QCOMPARE(first["also_valid_under"].toArray().size(), 1);
    QCOMPARE(first["also_valid_under"][0]["dossier_id"].toString(), older);
    QCOMPARE(first["also_valid_under"][0]["valid_until"].toString(), QStringLiteral("2026-06-01"));
    QCOMPARE(numbers[2]["e164"].toString(), QStringLiteral("+590590123456"));
    QCOMPARE(numbers[2]["national"].toString(), QStringLiteral("0590 12 34 56"));
    QCOMPARE(numbers[2]["mandate"]["dossier_id"].toString(), older);
    // Nothing recorded yet: every number is added.
    QVERIFY(json["changes"]["since"].isNull());
    QCOMPARE(json["changes"]["added"].toArray().size(), 3);
    QCOMPARE(json["changes"]["expired"].toArray().size(), 0);
    QCOMPARE(json["changes"]["revoked"].toArray().size(), 0);

    // Without --record nothing is kept: the same changes again. With it, the list is the reference.
    r = cli(base + QStringList { "numbers", "authorised" });
    QCOMPARE(r.json()["changes"]["added"].toArray().size(), 3);
    r = cli(base + QStringList { "numbers", "authorised", "--record" });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()["recorded"].toBool(), true);
    r = cli(base + QStringList { "numbers", "authorised" });
    QCOMPARE(r.json()["changes"]["since"]["on"].toString(), QStringLiteral("2026-03-01"));
    QCOMPARE(r.json()["changes"]["since"]["via"].toString(), QStringLiteral("cli"));
    QCOMPARE(r.json()["changes"]["added"].toArray().size(), 0);

    // A number taken out of a valid dossier (no CLI command edits numbers: the store does).
    {
        Profile p;
        QString error;
        QVERIFY2(p.open(profile, &error), qPrintable(error));
        std::optional<Dossier> d = p.dossiers().findDossier(newer, &error);
        QVERIFY(d);
        d->numbers.removeAll(QStringLiteral("+33162123457"));
        QVERIFY(p.dossiers().updateDossier(*d, &error));
    }
    // On 2026-06-10 the 2025 mandate has ended: 0590 expired; 01 62 12 34 56 stays under 2026's.
    r = cli(base + QStringList { "numbers", "authorised", "--on", "2026-06-10" });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject later = r.json().object();
    QCOMPARE(later["on"].toString(), QStringLiteral("2026-06-10"));
    QCOMPARE(later["number_count"].toInt(), 1);
    QCOMPARE(later["clients"][0]["numbers"][0]["also_valid_under"].toArray().size(), 0);
    QCOMPARE(later["changes"]["added"].toArray().size(), 0);
    const QJsonArray expired = later["changes"]["expired"].toArray();
    QCOMPARE(expired.size(), 1);
    QCOMPARE(expired[0]["e164"].toString(), QStringLiteral("+590590123456"));
    QCOMPARE(expired[0]["national"].toString(), QStringLiteral("0590 12 34 56"));
    QCOMPARE(expired[0]["client_name"].toString(), QStringLiteral("ACME SAS"));
    QCOMPARE(expired[0]["siren"].toString(), QStringLiteral("518452750"));
    QCOMPARE(expired[0]["mandate"]["dossier_id"].toString(), older);
    QCOMPARE(expired[0]["valid_until"].toString(), QStringLiteral("2026-06-01"));
    QCOMPARE(expired[0]["reason"].toString(), QStringLiteral("validity_ended"));
    const QJsonArray revoked = later["changes"]["revoked"].toArray();
    QCOMPARE(revoked.size(), 1);
    QCOMPARE(revoked[0]["e164"].toString(), QStringLiteral("+33162123457"));
    QCOMPARE(revoked[0]["reason"].toString(), QStringLiteral("number_removed"));
    QCOMPARE(revoked[0]["mandate"]["name"].toString(), QStringLiteral("Campagne 2026"));

    // Without --json: a table per client, and the changes.
    r = cli({ "--profile", profile, "--today", "2026-06-10", "numbers", "authorised" });
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QLatin1String("ACME SAS (SIREN 518 452 750)")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("01 62 12 34 56")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2026-01-15 → 2027-01-15")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Changes since the list for 2026-03-01")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("the number was removed from the dossier")), qPrintable(text));
    QVERIFY(r.err.isEmpty());
}

QTEST_MAIN(TestCli)
void TestCli::startLoadsOnlyWhatTheCommandUses()
{
    // Issue 15: a start pays only for what its command uses. `check` of a text PDF maps Qt
    // Core and Poppler's C++ interface: no Qt Gui, no network, no SQL, no libphonenumber.
    const QString kbis = writeFile(QStringLiteral("lazy-kbis.pdf"),
                                   Fixtures::textPdf({ Fixtures::kbisUpToDate(QDate(2026, 11, 6)) }));
    int code = -1;
    // (+33 numbers are read by the plan: libphonenumber is for other country codes.)
    QStringList libs = loadedLibraries({ "--json", "--today", "2026-11-23", "check", kbis, "--kind", "kbis",
                                         "--number", "01 62 12 34 56", "--number", "+33 1 62 12 34 57" },
                                       &code);
    QCOMPARE(code, 0);
    auto loaded = [&libs](const QString& prefix) {
        return std::any_of(libs.cbegin(), libs.cend(),
                           [&](const QString& l) { return l.startsWith(prefix); });
    };
    QVERIFY2(loaded(QStringLiteral("libpoppler-cpp")), qPrintable(libs.join(u' ')));
    QVERIFY2(loaded(QStringLiteral("libQt6Core")), qPrintable(libs.join(u' ')));
    for (const char* unused : { "libQt6Gui", "libQt6Network", "libQt6Sql", "libpoppler-qt6", "libphonenumber",
                                "libprotobuf", "libquazip", "libqpdf", "libqt6keychain", "libmandatdesk_" })
        QVERIFY2(!loaded(QLatin1String(unused)), qPrintable(QLatin1String(unused) + u' ' + libs.join(u' ')));

    // A number written with a foreign country code loads libphonenumber's module, still no Gui.
    libs = loadedLibraries({ "--json", "--today", "2026-11-23", "check", kbis, "--kind", "kbis", "--number",
                             "+44 20 7946 0000" },
                           &code);
    QCOMPARE(code, 0);
    QVERIFY2(loaded(QStringLiteral("libmandatdesk_phonenumber.so")), qPrintable(libs.join(u' ')));
    QVERIFY2(loaded(QStringLiteral("libphonenumber")), qPrintable(libs.join(u' ')));
    QVERIFY2(!loaded(QStringLiteral("libQt6Gui")), qPrintable(libs.join(u' ')));

    // An image is decoded (and read) by the scans module, which brings Qt Gui.
    QImage blank(40, 40, QImage::Format_RGB32);
    blank.fill(Qt::white);
    const QString scan = writeFile(QStringLiteral("lazy-scan.png"), Fixtures::png(blank));
    libs = loadedLibraries({ "--json", "check", scan, "--kind", "kbis" }, &code);
    QCOMPARE(code, 1); // read, but no date on a blank page
    QVERIFY2(loaded(QStringLiteral("libmandatdesk_scans.so")), qPrintable(libs.join(u' ')));
    QVERIFY2(loaded(QStringLiteral("libQt6Gui")), qPrintable(libs.join(u' ')));

    // The commands of a profile are in the CLI's module.
    libs = loadedLibraries(
        { "--json", "--profile", m_dir.filePath(QStringLiteral("lazy-profile")), "dossier", "list" }, &code);
    QCOMPARE(code, 0);
    QVERIFY2(loaded(QStringLiteral("libmandatdesk_cli.so")), qPrintable(libs.join(u' ')));
    QVERIFY2(loaded(QStringLiteral("libQt6Sql")), qPrintable(libs.join(u' ')));
}

void TestCli::missingModuleIsSaid()
{
    // The executable copied away from its modules: `check` of a text PDF still works, a
    // command of the module's and a scan say what is missing instead of crashing.
    const QString alone = m_dir.filePath(QStringLiteral("alone/bin/mandatdesk-cli"));
    QVERIFY(QDir().mkpath(QFileInfo(alone).path()));
    QVERIFY(QFile::copy(QStringLiteral(MANDATDESK_CLI_PATH), alone));
    const QString kbis = writeFile(QStringLiteral("alone-kbis.pdf"),
                                   Fixtures::textPdf({ Fixtures::kbisUpToDate(QDate(2026, 11, 6)) }));
    Run r = cli({ "--json", "--today", "2026-11-23", "check", kbis, "--kind", "kbis" }, QStringLiteral("en"),
                alone);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().object()["date"].toString(), QStringLiteral("2026-11-06"));

    r = cli({ "--profile", m_dir.filePath(QStringLiteral("alone-profile")), "dossier", "list" },
            QStringLiteral("en"), alone);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("module cli cannot be loaded"), r.err.constData());
    QVERIFY2(r.err.contains("reinstall MandatDesk"), r.err.constData());

    QImage blank(40, 40, QImage::Format_RGB32);
    blank.fill(Qt::white);
    const QString scan = writeFile(QStringLiteral("alone-scan.png"), Fixtures::png(blank));
    r = cli({ "--json", "check", scan, "--kind", "kbis" }, QStringLiteral("en"), alone);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("module scans cannot be loaded")),
             r.out.constData());
}

void TestCli::conflictsAndResolveContract()
{
    // Issue 16: `dossier conflicts` shows a dossier changed here and by another seat, field by
    // field; `dossier resolve ID --take ...` takes each field from one side; `portal share-drafts`.
    const QString profile = m_dir.filePath(QStringLiteral("team"));
    const QStringList base { "--json", "--profile", profile };
    Run r = cli(base
                + QStringList { "dossier", "create", "--name", "Acme", "--client-name", "ACME SAS", "--siren",
                                "518 452 750", "--number", "01 62 12 34 56" });
    QCOMPARE(r.exitCode, 0);
    const QString id = r.json()["id"].toString();
    r = cli(base + QStringList { "dossier", "conflicts" });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()["conflicts"].toArray().size(), 0);
    {
        // The portal's version, as a sync records it after a 412.
        Profile p;
        QString error;
        QVERIFY2(p.open(profile, &error), qPrintable(error));
        const std::optional<Dossier> d = p.dossiers().dossier(QUuid::fromString(id), &error);
        QVERIFY(d);
        SyncState::Conflict c;
        c.id = d->id;
        c.theirVersion = 4;
        c.theirBy = QStringLiteral("alice");
        c.detectedAt = QDateTime::currentDateTimeUtc();
        c.theirs = SyncState::content(*d);
        c.theirs.insert(QStringLiteral("name"), QStringLiteral("Acme hiver"));
        c.theirs.insert(QStringLiteral("numbers"), QJsonArray { QStringLiteral("+33162123457") });
        QVERIFY2(Conflicts::record(p, c, &error), qPrintable(error));
    }
    r = cli(base + QStringList { "dossier", "conflicts" });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray conflicts = r.json()["conflicts"].toArray();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts[0]["id"].toString(), id);
    QCOMPARE(conflicts[0]["their_version"].toInt(), 4);
    QCOMPARE(conflicts[0]["their_by"].toString(), QStringLiteral("alice"));
    const QJsonArray fields = conflicts[0]["fields"].toArray();
    QCOMPARE(fields.size(), 2);
    QCOMPARE(fields[0]["field"].toString(), QStringLiteral("name"));
    QCOMPARE(fields[0]["mine"].toString(), QStringLiteral("Acme"));
    QCOMPARE(fields[0]["theirs"].toString(), QStringLiteral("Acme hiver"));
    QCOMPARE(fields[1]["field"].toString(), QStringLiteral("numbers"));
    QCOMPARE(fields[1]["theirs"].toString(), QStringLiteral("+33162123457"));
    // Submitting waits for the choice.
    r = cli(base + QStringList { "submit", id });
    QCOMPARE(r.exitCode, 1);

    // A field left without a side: usage error, nothing changes.
    r = cli(base + QStringList { "dossier", "resolve", id, "--take", "name=theirs" });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.json()["error"].toString(), QStringLiteral("side_missing"));
    r = cli(base + QStringList { "dossier", "resolve", id, "--take", "colour=mine" });
    QCOMPARE(r.exitCode, 1);
    r = cli(base + QStringList { "dossier", "resolve", id, "--take", "sideways" });
    QCOMPARE(r.exitCode, 2);
    r = cli(base + QStringList { "dossier", "resolve", id, "--take", "theirs", "--take", "numbers=mine" });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()["resolved"].toBool(), true);
    QCOMPARE(r.json()["content"]["name"].toString(), QStringLiteral("Acme hiver"));
    QCOMPARE(r.json()["content"]["numbers"][0].toString(), QStringLiteral("+33162123456"));
    r = cli(base + QStringList { "dossier", "conflicts" });
    QCOMPARE(r.json()["conflicts"].toArray().size(), 0);
    r = cli(base + QStringList { "dossier", "show", id });
    QCOMPARE(r.json()["name"].toString(), QStringLiteral("Acme hiver"));
    r = cli(base + QStringList { "dossier", "resolve", id, "--take", "mine" });
    QCOMPARE(r.exitCode, 1); // nothing left to resolve

    r = cli(base + QStringList { "portal", "share-drafts" });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()["share_drafts"].toString(), QStringLiteral("at-submission"));
    r = cli(base + QStringList { "portal", "share-drafts", "at-once" });
    QCOMPARE(r.json()["share_drafts"].toString(), QStringLiteral("at-once"));
    r = cli(base + QStringList { "portal", "share-drafts" });
    QCOMPARE(r.json()["share_drafts"].toString(), QStringLiteral("at-once"));
    r = cli(base + QStringList { "portal", "share-drafts", "sometimes" });
    QCOMPARE(r.exitCode, 2);
}

#include "TestCli.moc"

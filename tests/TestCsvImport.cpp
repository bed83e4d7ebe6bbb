// CSV files as French spreadsheets write them, read and imported row by row: every
// encoding and separator, quotes and line breaks, the column mapping (proposed, given,
// remembered), a per-row report, one transaction, and malformed files refused whole.
#include "bundle/CsvImport.h"
#include "bundle/CsvReader.h"
#include "core/Clock.h"
#include "store/Profile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Mandat;

namespace {
QByteArray cp1252(const QString& text)
{
    QByteArray out;
    for (QChar c : text) {
        if (c == u'€')
            out.append('\x80');
        else if (c == u'’')
            out.append('\x92');
        else if (c == u'œ')
            out.append('\x9c');
        else
            out.append(char(c.unicode() & 0xff));
    }
    return out;
}
} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void readsWhatSpreadsheetsWrite_data();
    void readsWhatSpreadsheetsWrite();
    void quotesAndLineBreaks();
    void malformedFilesAreRefused_data();
    void malformedFilesAreRefused();
    void proposesTheMapping();
    void givenMappingIsChecked();
    void reportsEveryRow();
    void platformNumberOnlyForAgents();
    void duplicatesAgainstTheProfile();
    void mappingIsRemembered();
    void storeFailureImportsNothing();
    void countsAgreeWithTheirNumbers();

private:
    CsvReader::Table table(const QByteArray& bytes);
    QScopedPointer<QTemporaryDir> m_dir;
    QScopedPointer<Profile> m_profile;
};

void TestCsvImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Clock::setInstance(new FixedClock(QDate(2026, 11, 23)));
}

void TestCsvImport::init()
{
    m_profile.reset();
    m_dir.reset(new QTemporaryDir);
    m_profile.reset(new Profile);
    QString error;
    QVERIFY(m_profile->open(m_dir->path(), &error));
}

CsvReader::Table TestCsvImport::table(const QByteArray& bytes)
{
    CsvReader::Table t;
    QString error;
    if (!CsvReader::read(bytes, &t, &error))
        qWarning("%s", qPrintable(error));
    return t;
}

void TestCsvImport::readsWhatSpreadsheetsWrite_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    const QString text
        = QStringLiteral("Raison sociale;SIREN;Numéro\r\nÉpicerie Lœuvre ’s;518452750;01 62 12 34 56\r\n"
                         "Café 10 €;732829320;09 48 12 00 01\r\n");
    QTest::newRow("Excel: Windows-1252, ';', CRLF") << cp1252(text) << "Windows-1252"
                                                    << ";";
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << "UTF-8 (BOM)"
                                    << ";";
    QTest::newRow("UTF-8, LF") << QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).toUtf8()
                               << "UTF-8"
                               << ";";
    QTest::newRow("comma") << QString(text).replace(u';', u',').toUtf8() << "UTF-8"
                           << ",";
    QTest::newRow("tab") << QString(text).replace(u';', u'\t').toUtf8() << "UTF-8"
                         << "\t";
}

void TestCsvImport::readsWhatSpreadsheetsWrite()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    const CsvReader::Table t = table(bytes);
    QCOMPARE(CsvReader::encodingName(t.encoding), encoding);
    QCOMPARE(QString(t.delimiter), delimiter);
    QCOMPARE(t.header,
             (QStringList { QStringLiteral("Raison sociale"), QStringLiteral("SIREN"),
                            QStringLiteral("Numéro") }));
    QCOMPARE(t.rows.size(), 2);
    QCOMPARE(t.rows.at(0).fields.at(0), QStringLiteral("Épicerie Lœuvre ’s"));
    QCOMPARE(t.rows.at(1).fields.at(0), QStringLiteral("Café 10 €"));
    QCOMPARE(t.rows.at(1).line, 3);
    QCOMPARE(t.rows.at(1).fields.at(2), QStringLiteral("09 48 12 00 01"));
}

void TestCsvImport::quotesAndLineBreaks()
{
    const QByteArray bytes = "Raison sociale;Adresse;Numéros\r\n"
                             "\"Garage \"\"Le Rapide\"\"\";\"12 rue de la Paix\r\n44000 Nantes\";\"01 62 12 "
                             "34 56; 09 48 12 00 01\"\r\n"
                             "\r\n"
                             "Plomberie Faure;;01 62 12 34 57\r\n";
    const CsvReader::Table t = table(bytes);
    QCOMPARE(t.rows.size(), 2); // the blank line is no row
    QCOMPARE(t.rows.at(0).fields,
             (QStringList { QStringLiteral("Garage \"Le Rapide\""),
                            QStringLiteral("12 rue de la Paix\n44000 Nantes"),
                            QStringLiteral("01 62 12 34 56; 09 48 12 00 01") }));
    QCOMPARE(t.rows.at(1).line, 5); // the quoted line break counts
    QCOMPARE(t.rows.at(1).fields.at(1), QString());
}

void TestCsvImport::malformedFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("blank") << QByteArray("\r\n\r\n") << "empty";
    QTest::newRow("unterminated quote")
        << QByteArray("Raison sociale;SIREN;Numéro\n\"ACME;518452750;01 62 12 34 56\n") << "Line 2";
    QTest::newRow("binary") << QByteArray("PK\x03\x04\x00\x00binary", 12) << "not a text file";
}

void TestCsvImport::malformedFilesAreRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    CsvReader::Table t;
    QString error;
    QVERIFY(!CsvReader::read(bytes, &t, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(m_profile->dossiers().dossierCount(), 0);
}

void TestCsvImport::proposesTheMapping()
{
    using F = CsvImport::Field;
    const QStringList header { QStringLiteral("Nom du dossier"),     QStringLiteral("Raison sociale"),
                               QStringLiteral("N° SIRET"),           QStringLiteral("Téléphones"),
                               QStringLiteral("Représentant légal"), QStringLiteral("Qualité"),
                               QStringLiteral("Ville RCS"),          QStringLiteral("Adresse du siège"),
                               QStringLiteral("Forme juridique"),    QStringLiteral("Usage"),
                               QStringLiteral("Commentaire") };
    const CsvImport::Mapping m = CsvImport::propose(header);
    QCOMPARE(m,
             (CsvImport::Mapping { F::Name, F::ClientName, F::Siren, F::Numbers, F::RepresentativeName,
                                   F::RepresentativeTitle, F::RcsCity, F::Address, F::LegalForm, F::Use,
                                   F::Ignore }));
    QVERIFY(CsvImport::missingFields(m).isEmpty());
    QVERIFY(CsvImport::missingFields(CsvImport::propose({ QStringLiteral("Colonne A") }))
                .contains(QLatin1String("SIREN")));
}

void TestCsvImport::givenMappingIsChecked()
{
    const QStringList header { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") };
    CsvImport::Mapping m;
    QString error;
    QVERIFY(CsvImport::mappingFromJson(QJsonObject { { QStringLiteral("A"), QStringLiteral("client_name") },
                                                     { QStringLiteral("2"), QStringLiteral("siren") },
                                                     { QStringLiteral("c"), QStringLiteral("numbers") } },
                                       header, &m, &error));
    QCOMPARE(m,
             (CsvImport::Mapping { CsvImport::Field::ClientName, CsvImport::Field::Siren,
                                   CsvImport::Field::Numbers }));
    QVERIFY(!CsvImport::mappingFromJson(QJsonObject { { QStringLiteral("Z"), QStringLiteral("siren") } },
                                        header, &m, &error));
    QVERIFY(error.contains(QLatin1String("\"Z\"")));
    QVERIFY(!CsvImport::mappingFromJson(QJsonObject { { QStringLiteral("A"), QStringLiteral("phone") } },
                                        header, &m, &error));
    QVERIFY(error.contains(QLatin1String("client_name")));
}

void TestCsvImport::reportsEveryRow()
{
    const QByteArray bytes
        = "Raison sociale;SIREN;Numéros;Usage\r\n"
          "ACME;518 452 750;01 62 12 34 56, 09 48 12 00 01;\r\n" // 2 valid
          "Mauvais SIREN;518452751;01 62 12 34 57;\r\n" // 3 bad SIREN
          "Mobile;732829320;06 12 34 56 78;\r\n" // 4 forbidden number
          "Mal écrit;732829320;01 23;\r\n" // 5 bad number
          ";732829320;01 62 12 34 58;\r\n" // 6 no client
          "ACME encore;518452750;\"09 48 12 00 01 ; 01 62 12 34 56\";agents\r\n" // 7 duplicate of 2
          "Autre;732829320;01 62 12 34 56;\r\n" // 8 number already on line 2
          "Robot;732829320;01 62 12 34 59;automated\r\n" // 9 01 62: automated allowed
          "Usage?;732829320;01 62 12 34 60;peut-être\r\n"; // 10 bad use
    const CsvReader::Table t = table(bytes);
    const CsvImport::Mapping m = CsvImport::propose(t.header);
    QString error;
    const CsvImport::Report r
        = CsvImport::run(t, m, m_profile->dossiers(), m_profile->database(), QStringLiteral("test"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    using S = CsvImport::RowResult::Status;
    const QList<S> expected { S::Valid,     S::Invalid,   S::Invalid, S::Invalid, S::Invalid,
                              S::Duplicate, S::Duplicate, S::Valid,   S::Invalid };
    QCOMPARE(r.results.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(r.results.at(i).line, i + 2);
        QVERIFY2(
            r.results.at(i).status == expected.at(i),
            qPrintable(QStringLiteral("line %1: %2").arg(i + 2).arg(r.results.at(i).reasons.join(u'|'))));
    }
    // The SIREN or number is named once, not before a reason that names it again (issue 14).
    QCOMPARE(r.results.at(1).reasons.first().count(QLatin1String("518452751")), 1);
    QCOMPARE(r.results.at(2).reasons.first().count(QLatin1String("06 12 34 56 78")), 1);
    QCOMPARE(r.results.at(3).reasons.first().count(QLatin1String("01 23")), 1);
    QVERIFY(r.results.at(5).reasons.first().contains(QLatin1String("line 2")));
    QVERIFY(r.results.at(6).reasons.first().contains(QLatin1String("line 2")));
    QCOMPARE(r.imported, 2);
    QVERIFY(r.written);
    QCOMPARE(m_profile->dossiers().dossierCount(), 2);
    const Dossier acme = *m_profile->dossiers().dossier(r.results.at(0).dossierId, &error);
    QCOMPARE(acme.client.siren, QStringLiteral("518452750"));
    QCOMPARE(acme.numbers, (QStringList { QStringLiteral("+33162123456"), QStringLiteral("+33948120001") }));
    QCOMPARE(acme.name, QStringLiteral("ACME"));
    QCOMPARE(m_profile->dossiers().dossier(r.results.at(7).dossierId, &error)->use, PhoneUse::Automated);

    // The report, as JSON and as a CSV a spreadsheet opens (BOM, ';', the line of each row).
    const QJsonObject json = r.toJson();
    QCOMPARE(json.value(QStringLiteral("invalid")).toInt(), 5);
    QCOMPARE(json.value(QStringLiteral("duplicates")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("report")).toArray().size(), 9);
    const QByteArray csv = r.toCsv();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const CsvReader::Table back = table(csv);
    QCOMPARE(back.rows.size(), 9);
    QCOMPARE(back.rows.at(1).fields.at(0), QStringLiteral("3"));
    QCOMPARE(back.rows.at(1).fields.at(1), QStringLiteral("invalid"));
}

void TestCsvImport::platformNumberOnlyForAgents()
{
    // Neither agents nor automated systems may present a platform number: an automated dossier
    // refuses it; for agents it is imported and the readiness report warns.
    const QByteArray bytes = "Raison sociale;SIREN;Numéros;Usage\r\n"
                             "Robot;518452750;09 37 12 34 56;automated\r\n"
                             "Agents;732829320;09 37 12 34 57;agents\r\n";
    const CsvReader::Table t = table(bytes);
    QString error;
    const CsvImport::Report r = CsvImport::run(t, CsvImport::propose(t.header), m_profile->dossiers(),
                                               m_profile->database(), QStringLiteral("test"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    using S = CsvImport::RowResult::Status;
    QCOMPARE(r.results.size(), 2);
    QVERIFY2(r.results.at(0).status == S::Invalid, qPrintable(r.results.at(0).reasons.join(u'|')));
    QVERIFY(r.results.at(0).reasons.first().contains(QLatin1String("09 37 12 34 56")));
    QVERIFY2(r.results.at(1).status == S::Valid, qPrintable(r.results.at(1).reasons.join(u'|')));
    QCOMPARE(r.imported, 1);
}

void TestCsvImport::duplicatesAgainstTheProfile()
{
    const QByteArray bytes = "Client,SIREN,Tel\nACME,518452750,01 62 12 34 56\n";
    QString error;
    CsvImport::Report first
        = CsvImport::run(table(bytes), CsvImport::propose(table(bytes).header), m_profile->dossiers(),
                         m_profile->database(), QStringLiteral("test"), &error);
    QCOMPARE(first.imported, 1);
    // The same file again: nothing new, each row reported as already there.
    CsvImport::Report again
        = CsvImport::run(table(bytes), CsvImport::propose(table(bytes).header), m_profile->dossiers(),
                         m_profile->database(), QStringLiteral("test"), &error);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.results.first().status, CsvImport::RowResult::Status::Duplicate);
    QVERIFY(again.results.first().reasons.first().contains(QLatin1String("ACME")));
    QCOMPARE(m_profile->dossiers().dossierCount(), 1);
}

void TestCsvImport::mappingIsRemembered()
{
    const QStringList header { QStringLiteral("Col 1"), QStringLiteral("Col 2"), QStringLiteral("Col 3") };
    CsvImport::Mapping m;
    QVERIFY(!CsvImport::rememberedMapping(m_profile->database(), header, &m));
    const CsvImport::Mapping chosen { CsvImport::Field::Siren, CsvImport::Field::ClientName,
                                      CsvImport::Field::Numbers };
    QVERIFY(CsvImport::rememberMapping(m_profile->database(), header, chosen));
    QVERIFY(CsvImport::rememberedMapping(m_profile->database(), header, &m));
    QCOMPARE(m, chosen);
    // Another file with the same columns (case and accents aside) gets it too; another header does not.
    QVERIFY(CsvImport::rememberedMapping(
        m_profile->database(), { QStringLiteral("COL 1"), QStringLiteral("col 2"), QStringLiteral("Còl 3") },
        &m));
    QVERIFY(!CsvImport::rememberedMapping(m_profile->database(),
                                          { QStringLiteral("Col 1"), QStringLiteral("Col 2") }, &m));
}

void TestCsvImport::storeFailureImportsNothing()
{
    // The third valid row is refused by the database: none of the rows is kept.
    QSqlQuery q(m_profile->database().connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON dossiers WHEN NEW.name = 'Trois' "
                                  "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    const QByteArray bytes
        = "Raison sociale;SIREN;Numéro\nUn;518452750;01 62 12 34 56\nDeux;732829320;01 62 12 34 57\n"
          "Trois;732829320;01 62 12 34 58\nQuatre;732829320;01 62 12 34 59\n";
    QString error;
    const CsvImport::Report r
        = CsvImport::run(table(bytes), CsvImport::propose(table(bytes).header), m_profile->dossiers(),
                         m_profile->database(), QStringLiteral("test"), &error);
    QVERIFY2(error.contains(QLatin1String("disk full")), qPrintable(error));
    QVERIFY(!r.written);
    QCOMPARE(r.imported, 0);
    QCOMPARE(m_profile->dossiers().dossierCount(), 0);
}

void TestCsvImport::countsAgreeWithTheirNumbers()
{
    // Issue 14: the wizard said "1 valides". Each count agrees with its own number, in French
    // (where 0 and 1 are singular) as in English.
    QTranslator french;
    QVERIFY(french.load(QStringLiteral(":/i18n/mandatdesk_fr.qm")));
    QCoreApplication::installTranslator(&french);
    using S = CsvImport::RowResult::Status;
    CsvImport::Report r;
    for (S status : { S::Valid, S::Invalid, S::Invalid })
        r.results.append(CsvImport::RowResult { 0, status, {}, {}, {} });
    const QString one = r.counts();
    for (S status : { S::Valid, S::Duplicate, S::Duplicate })
        r.results.append(CsvImport::RowResult { 0, status, {}, {}, {} });
    const QString more = r.counts();
    QCoreApplication::removeTranslator(&french);
    QCOMPARE(one, QStringLiteral("1 valide, 2 invalides, 0 doublon"));
    QCOMPARE(more, QStringLiteral("2 valides, 2 invalides, 2 doublons"));
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "TestCsvImport.moc"

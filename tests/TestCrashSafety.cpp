#include "store/Profile.h"

#include <QDirIterator>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Mandat;

/*
 * A writer process killed (SIGKILL) at random moments in the middle of its writes must
 * leave the profile as it was after its last complete action: the database intact, every
 * transaction whole, every referenced document complete.
 */
class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedWriterLeavesConsistentProfile();
};

void TestCrashSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCrashSafety::killedWriterLeavesConsistentProfile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString profileDir = dir.filePath(QStringLiteral("profile"));
    QRandomGenerator random(20261123);
    int previousDocuments = 0;
    const int rounds = 8;
    for (int round = 0; round < rounds; ++round) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(QStringLiteral(STORE_WRITER_PATH), { profileDir, QString::number(round + 1) });
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        QVERIFY2(writer.waitForReadyRead(30000), "the writer never became ready");
        QCOMPARE(writer.readAll().trimmed(), QByteArray("ready"));
        QTest::qWait(int(random.bounded(30, 400)));
        QCOMPARE(writer.state(), QProcess::Running);
        writer.kill(); // SIGKILL: no cleanup, no destructor
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        Profile profile;
        QString error;
        QVERIFY2(profile.open(profileDir, &error), qPrintable(error));
        QSqlQuery q(profile.database().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));

        const QList<Dossier> dossiers = profile.dossiers().dossiers(&error);
        QCOMPARE(dossiers.size(), 1);
        const Dossier& d = dossiers.first();
        QVERIFY2(d.name.startsWith(QLatin1String("gen-")), qPrintable(d.name));
        QCOMPARE(d.numbers.size(), d.name.mid(4).toInt());

        const QList<Document> docs = profile.dossiers().documents(d.id, &error);
        QVERIFY2(docs.size() >= previousDocuments, "committed documents were lost");
        for (const Document& doc : docs) {
            QVERIFY2(profile.blobs().verify(doc.sha256), qPrintable(doc.originalName));
            QCOMPARE(QFileInfo(profile.blobs().pathFor(doc.sha256)).size(), doc.size);
        }
        previousDocuments = int(docs.size());
        qInfo("round %d: %d documents, %d numbers, integrity ok", round, previousDocuments,
              int(d.numbers.size()));
    }
    QVERIFY2(previousDocuments > rounds, "the writer should have committed work in most rounds");
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"

#include "DossierFixtures.h"
#include "core/Clock.h"
#include "store/Profile.h"
#include "sync/Outbox.h"
#include "sync/Submission.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Mandat;

Q_DECLARE_METATYPE(DossierStatus::Status)

/*
 * The one submission rule, on a real profile at a chosen date: a ready dossier is queued
 * with its outbox item; one that is not ready, or in a status with nothing to submit, is
 * refused with nothing written; a rejected dossier is reopened and queued in one
 * transaction.
 */
class TestSubmission : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void readyDossierIsQueued();
    void unreadyDossierIsRefusedNothingWritten();
    void readinessIsJudgedOnTheClocksDay();
    void rejectedAndFixedIsReopenedThenQueued();
    void reopeningAndQueueingAreOneTransaction();
    void rejectedNotFixedStaysRejected();
    void statusesThatCanBeQueued_data();
    void statusesThatCanBeQueued();
    void unknownDossier();
    void refusalSaysWhatToDoInstead();

private:
    Dossier make(const QString& name, DossierFixtures::Mandate mandate = DossierFixtures::Mandate::Signed);
    void reject(const QUuid& id);
    int outboxItems(const QUuid& id) { return int(Outbox(m_profile->database()).forDossier(id).size()); }

    FixedClock* m_clock = nullptr;
    QTemporaryDir m_dir;
    QScopedPointer<Profile> m_profile;
    int m_profiles = 0;
};

void TestSubmission::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestSubmission::init()
{
    m_clock = new FixedClock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    Clock::setInstance(m_clock);
    m_profile.reset(new Profile);
    QString error;
    QVERIFY2(m_profile->open(m_dir.filePath(QStringLiteral("profile-%1").arg(++m_profiles)), &error),
             qPrintable(error));
}

Dossier TestSubmission::make(const QString& name, DossierFixtures::Mandate mandate)
{
    QString error;
    const std::optional<Dossier> d
        = DossierFixtures::create(m_profile->dossiers(), name, m_clock->today(), &error, mandate);
    if (!d)
        qWarning("cannot make the dossier %s: %s", qPrintable(name), qPrintable(error));
    return d.value_or(Dossier());
}

void TestSubmission::reject(const QUuid& id)
{
    QString error;
    for (DossierStatus::Status to : { DossierStatus::Queued, DossierStatus::UnderReview })
        QVERIFY2(m_profile->dossiers().setStatus(id, to, {}, {}, QStringLiteral("me"), nullptr, &error),
                 qPrintable(error));
    QVERIFY2(m_profile->dossiers().setStatus(id, DossierStatus::Rejected, {},
                                             QStringLiteral("Kbis trop ancien"), QStringLiteral("portal"),
                                             nullptr, &error),
             qPrintable(error));
}

void TestSubmission::readyDossierIsQueued()
{
    const Dossier d = make(QStringLiteral("Prêt"));
    QVERIFY(!d.id.isNull());
    const Submission::Result r = Submission::queue(*m_profile, d.id);
    QCOMPARE(r.outcome, Submission::Outcome::Queued);
    QVERIFY2(r.queued(), qPrintable(r.message));
    QVERIFY(r.report.ready());
    QCOMPARE(r.report.checkDay, m_clock->today());
    QCOMPARE(r.dossierName, QStringLiteral("Prêt"));
    QVERIFY(!r.message.isEmpty());

    const Dossier after = *m_profile->dossiers().dossier(d.id, nullptr);
    QCOMPARE(after.status, DossierStatus::Queued);
    QCOMPARE(after.history.size(), d.history.size() + 1);
    QCOMPARE(after.history.last().from, DossierStatus::NotSubmitted);
    QCOMPARE(after.history.last().to, DossierStatus::Queued);
    const QList<Outbox::Item> items = Outbox(m_profile->database()).forDossier(d.id);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().kind, QStringLiteral("submit"));
    QCOMPARE(items.first().state, Outbox::State::Queued);
    QVERIFY(!items.first().idempotencyKey.isEmpty());

    // Queued already: refused, not queued twice.
    const Submission::Result again = Submission::queue(*m_profile, d.id);
    QCOMPARE(again.outcome, Submission::Outcome::RefusedStatus);
    QCOMPARE(again.message, Submission::refusal(DossierStatus::Queued, {})->message);
    QCOMPARE(outboxItems(d.id), 1);
    QCOMPARE(m_profile->dossiers().dossier(d.id, nullptr)->history.size(), after.history.size());
}

void TestSubmission::unreadyDossierIsRefusedNothingWritten()
{
    const Dossier d = make(QStringLiteral("Sans mandat"), DossierFixtures::Mandate::Missing);
    QVERIFY(!d.id.isNull());
    const Submission::Result r = Submission::queue(*m_profile, d.id);
    QCOMPARE(r.outcome, Submission::Outcome::NotReady);
    QVERIFY(!r.queued());
    QVERIFY(!r.report.ready());
    QStringList codes;
    for (const Problem& p : r.blockingProblems())
        codes.append(p.code);
    QCOMPARE(codes, QStringList { QStringLiteral("missing_signed_mandate") });
    QVERIFY2(r.message.contains(r.report.firstBlocking()), qPrintable(r.message));

    const Dossier after = *m_profile->dossiers().dossier(d.id, nullptr);
    QCOMPARE(after.status, DossierStatus::NotSubmitted);
    QCOMPARE(after.history.size(), d.history.size());
    QCOMPARE(after.version, d.version);
    QCOMPARE(outboxItems(d.id), 0);
    // The editor's button follows the same rule.
    QVERIFY(Submission::refusal(DossierStatus::NotSubmitted, r.report));
    QCOMPARE(Submission::refusal(DossierStatus::NotSubmitted, r.report)->outcome,
             Submission::Outcome::NotReady);
}

void TestSubmission::readinessIsJudgedOnTheClocksDay()
{
    // Ready today; four months on, the Kbis and the invoice are no longer fresh.
    const Dossier d = make(QStringLiteral("Périmé"));
    m_clock->advanceMonths(4);
    const Submission::Result r = Submission::queue(*m_profile, d.id);
    QCOMPARE(r.outcome, Submission::Outcome::NotReady);
    QCOMPARE(r.report.checkDay, m_clock->today());
    bool stale = false;
    for (const Problem& p : r.blockingProblems())
        stale = stale || p.code == QLatin1String("stale");
    QVERIFY(stale);
    QCOMPARE(m_profile->dossiers().dossier(d.id, nullptr)->status, DossierStatus::NotSubmitted);
    QCOMPARE(outboxItems(d.id), 0);
}

void TestSubmission::rejectedAndFixedIsReopenedThenQueued()
{
    const Dossier d = make(QStringLiteral("Rejeté"));
    reject(d.id);
    const Submission::Result r = Submission::queue(*m_profile, d.id);
    QVERIFY2(r.queued(), qPrintable(r.message));
    const Dossier after = *m_profile->dossiers().dossier(d.id, nullptr);
    QCOMPARE(after.status, DossierStatus::Queued);
    const int n = int(after.history.size());
    QCOMPARE(after.history.at(n - 2).from, DossierStatus::Rejected);
    QCOMPARE(after.history.at(n - 2).to, DossierStatus::NotSubmitted);
    QCOMPARE(after.history.at(n - 1).from, DossierStatus::NotSubmitted);
    QCOMPARE(after.history.at(n - 1).to, DossierStatus::Queued);
    QCOMPARE(outboxItems(d.id), 1);
}

void TestSubmission::reopeningAndQueueingAreOneTransaction()
{
    const Dossier d = make(QStringLiteral("Disque plein"));
    reject(d.id);
    const Dossier before = *m_profile->dossiers().dossier(d.id, nullptr);
    // The outbox item cannot be written (as on a full disk): the reopening must not stay either.
    QSqlQuery q(m_profile->database().connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER outbox_full BEFORE INSERT ON main.outbox "
                                  "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("SQL failed: .*disk full")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot queue .*disk full")));
    const Submission::Result r = Submission::queue(*m_profile, d.id);
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER outbox_full")));
    QCOMPARE(r.outcome, Submission::Outcome::StoreError);
    QVERIFY2(r.message.contains(QLatin1String("disk full")), qPrintable(r.message));
    const Dossier after = *m_profile->dossiers().dossier(d.id, nullptr);
    QCOMPARE(after.status, DossierStatus::Rejected);
    QCOMPARE(after.history.size(), before.history.size());
    QCOMPARE(after.rejectionReason, QStringLiteral("Kbis trop ancien"));
    QCOMPARE(outboxItems(d.id), 0);
    // And once the disk has room, it goes.
    QVERIFY(Submission::queue(*m_profile, d.id).queued());
    QCOMPARE(outboxItems(d.id), 1);
}

void TestSubmission::rejectedNotFixedStaysRejected()
{
    const Dossier d = make(QStringLiteral("Toujours incomplet"), DossierFixtures::Mandate::Missing);
    reject(d.id);
    const Dossier before = *m_profile->dossiers().dossier(d.id, nullptr);
    const Submission::Result r = Submission::queue(*m_profile, d.id);
    QCOMPARE(r.outcome, Submission::Outcome::NotReady);
    const Dossier after = *m_profile->dossiers().dossier(d.id, nullptr);
    QCOMPARE(after.status, DossierStatus::Rejected); // not reopened for nothing
    QCOMPARE(after.history.size(), before.history.size());
    QCOMPARE(outboxItems(d.id), 0);
}

void TestSubmission::statusesThatCanBeQueued_data()
{
    QTest::addColumn<DossierStatus::Status>("status");
    QTest::addColumn<bool>("queueable");
    QTest::newRow("not submitted") << DossierStatus::NotSubmitted << true;
    QTest::newRow("rejected") << DossierStatus::Rejected << true;
    QTest::newRow("queued") << DossierStatus::Queued << false;
    QTest::newRow("under review") << DossierStatus::UnderReview << false;
    QTest::newRow("valid") << DossierStatus::Valid << false;
    QTest::newRow("expired") << DossierStatus::Expired << false;
}

void TestSubmission::statusesThatCanBeQueued()
{
    QFETCH(DossierStatus::Status, status);
    QFETCH(bool, queueable);
    QCOMPARE(Submission::canQueue(status), queueable);
    // A ready report does not make a status queueable; the refusal says which status.
    ReadinessReport ready;
    const std::optional<Submission::Result> refused = Submission::refusal(status, ready);
    QCOMPARE(!refused, queueable);
    if (refused)
        QCOMPARE(refused->outcome, Submission::Outcome::RefusedStatus);
}

void TestSubmission::refusalSaysWhatToDoInstead()
{
    // Issue 14: "Status « Queued for sending »: there is nothing to submit" said nothing useful.
    // Each status says why the dossier does not go again and what to do instead.
    const Dossier d = make(QStringLiteral("Campagne"));
    const QDate validatedOn(2026, 11, 2);
    QString error;
    QMap<DossierStatus::Status, QString> said;
    for (DossierStatus::Status to :
         { DossierStatus::Queued, DossierStatus::UnderReview, DossierStatus::Valid }) {
        QVERIFY2(m_profile->dossiers().setStatus(d.id, to, to == DossierStatus::Valid ? validatedOn : QDate(),
                                                 {}, QStringLiteral("portal"), nullptr, &error),
                 qPrintable(error));
        const Submission::Result r = Submission::queue(*m_profile, d.id);
        QCOMPARE(r.outcome, Submission::Outcome::RefusedStatus);
        QCOMPARE(r.dossierName, QStringLiteral("Campagne"));
        said.insert(to, r.message);
    }
    const QDate validUntil = m_profile->dossiers().dossier(d.id, &error)->validUntil;
    QVERIFY(validUntil.isValid());
    // A year later, the same dossier has expired.
    m_clock->setNow(QDateTime(validUntil.addDays(1), QTime(9, 0), Qt::UTC));
    said.insert(DossierStatus::Expired, Submission::check(*m_profile, d.id).message);
    QCOMPARE(outboxItems(d.id), 0); // refused: nothing queued

    const QString until = QLocale().toString(validUntil, QLocale::ShortFormat);
    QVERIFY2(said.value(DossierStatus::Queued).contains(QLatin1String("next sync")),
             qPrintable(said.value(DossierStatus::Queued)));
    QVERIFY2(said.value(DossierStatus::UnderReview).contains(QLatin1String("reviewing")),
             qPrintable(said.value(DossierStatus::UnderReview)));
    QVERIFY2(said.value(DossierStatus::Valid).contains(until), qPrintable(said.value(DossierStatus::Valid)));
    QVERIFY2(said.value(DossierStatus::Expired).contains(until),
             qPrintable(said.value(DossierStatus::Expired)));
    for (DossierStatus::Status s : { DossierStatus::Valid, DossierStatus::Expired })
        QVERIFY2(said.value(s).contains(QLatin1String("renew")), qPrintable(said.value(s)));
    // Four different answers, none the old "nothing to submit".
    QCOMPARE(QSet<QString>(said.cbegin(), said.cend()).size(), 4);
    for (const QString& message : std::as_const(said))
        QVERIFY2(!message.contains(QLatin1String("nothing to submit")), qPrintable(message));
}

void TestSubmission::unknownDossier()
{
    const Submission::Result r = Submission::queue(*m_profile, QUuid::createUuid());
    QCOMPARE(r.outcome, Submission::Outcome::StoreError);
    QVERIFY(!r.message.isEmpty());
    QVERIFY(r.dossierName.isEmpty());
}

QTEST_MAIN(TestSubmission)
#include "TestSubmission.moc"

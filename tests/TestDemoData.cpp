// Demo dossiers, the list's summaries, expiry reminders and the settings wrapper: the
// non-widget parts the desktop application stands on.
#include "checks/ReadinessReport.h"
#include "core/Clock.h"
#include "core/Settings.h"
#include "demo/DemoData.h"
#include "rules/ExpiryReminder.h"
#include "store/DossierSummaries.h"
#include "store/Profile.h"
#include "sync/Outbox.h"
#include "sync/Submission.h"

#include <QDir>
#include <QGuiApplication>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Mandat;

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoCoversEveryStatus();
    void summariesMatchTheStore();
    void remindersAtChosenDates();
    void settingsRoundTrip();
    void readyDossiersForTheSyncBench();

private:
    FixedClock* m_clock = nullptr;
    QTemporaryDir m_dir;
    Profile m_profile;
};

void TestDemoData::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_clock = new FixedClock(QDate(2026, 11, 23));
    Clock::setInstance(m_clock);
    QString error;
    QVERIFY(m_profile.open(m_dir.path(), &error));
    QList<int> progress;
    QVERIFY2(DemoData::populate(m_profile, 30, &error, [&](int done, int) { progress.append(done); }),
             qPrintable(error));
    QCOMPARE(progress.size(), 30);
    QCOMPARE(progress.last(), 30);
}

void TestDemoData::demoCoversEveryStatus()
{
    QString error;
    const QDate today = m_clock->today();
    QSet<DossierStatus::Status> seen;
    int expiringSoon = 0, withDocuments = 0, ready = 0;
    for (const Dossier& d : m_profile.dossiers().dossiers(&error)) {
        seen.insert(d.effectiveStatus(today));
        if (d.effectiveStatus(today) == DossierStatus::Valid && today.daysTo(d.validUntil) < 30)
            ++expiringSoon;
        if (d.effectiveStatus(today) == DossierStatus::Rejected)
            QVERIFY(!d.rejectionReason.isEmpty());
        const QList<Document> docs = m_profile.dossiers().documents(d.id, &error);
        if (!docs.isEmpty()) {
            ++withDocuments;
            for (const Document& doc : docs)
                QVERIFY2(doc.issueDate.isValid() || doc.kind == Document::Kind::SignedMandate,
                         qPrintable(doc.originalName)); // dates found in the generated text
        }
        const ReadinessReport r = ReadinessReport::build(d, m_profile.dossiers(), m_profile.blobs(), today);
        if (d.status == DossierStatus::NotSubmitted && r.ready())
            ++ready;
        // Issue 14.2: a queued demo dossier has its outbox item; it does not wait for nothing.
        if (d.status == DossierStatus::Queued)
            QCOMPARE(Outbox(m_profile.database()).forDossier(d.id).size(), 1);
    }
    QCOMPARE(seen.size(), DossierStatus::all().size());
    QCOMPARE(expiringSoon, 3);
    QCOMPARE(withDocuments, 21); // the first 24 but the three without documents
    QCOMPARE(ready, 3); // one in ten is ready to submit
    QVERIFY(m_profile.dossiers().provider(&error));
}

void TestDemoData::summariesMatchTheStore()
{
    QString error;
    const QList<DossierSummary> all = DossierSummaries::all(m_profile.database(), &error);
    QVERIFY(error.isEmpty());
    const QList<Dossier> dossiers = m_profile.dossiers().dossiers(&error);
    QCOMPARE(all.size(), dossiers.size());
    for (int i = 0; i < all.size(); ++i) {
        QCOMPARE(all.at(i).id, dossiers.at(i).id);
        QCOMPARE(all.at(i).name, dossiers.at(i).name);
        QCOMPARE(all.at(i).client, dossiers.at(i).client.legalName);
        QCOMPARE(all.at(i).siren, dossiers.at(i).client.siren);
        QCOMPARE(all.at(i).numbers, dossiers.at(i).numbers);
        QCOMPARE(all.at(i).status, dossiers.at(i).status);
        QCOMPARE(all.at(i).validUntil, dossiers.at(i).validUntil);
        QCOMPARE(all.at(i).rejectionReason, dossiers.at(i).rejectionReason);
    }
    // The sync state comes from the outbox: queued, retrying, failed.
    const QUuid id = all.first().id;
    Outbox outbox(m_profile.database());
    QVERIFY(m_profile.database().transaction(
        [&](QString* err) {
            return outbox.enqueue(id, QStringLiteral("submit"), m_clock->currentDateTimeUtc(), err);
        },
        &error));
    QCOMPARE(DossierSummaries::one(m_profile.database(), id, &error)->syncState,
             DossierSummary::SyncState::Queued);
    const qint64 item = outbox.forDossier(id).last().id;
    QVERIFY(outbox.markRetry(item, 1, m_clock->currentDateTimeUtc(), QStringLiteral("HTTP 503")));
    const std::optional<DossierSummary> retrying = DossierSummaries::one(m_profile.database(), id, &error);
    QCOMPARE(retrying->syncState, DossierSummary::SyncState::Retrying);
    QCOMPARE(retrying->syncError, QStringLiteral("HTTP 503"));
    QVERIFY(outbox.markFailed(item, QStringLiteral("refused")));
    QCOMPARE(DossierSummaries::one(m_profile.database(), id, &error)->syncState,
             DossierSummary::SyncState::Failed);
    QVERIFY(outbox.markDone(item));
    QCOMPARE(DossierSummaries::one(m_profile.database(), id, &error)->syncState,
             DossierSummary::SyncState::None);
    QVERIFY(!DossierSummaries::one(m_profile.database(), QUuid::createUuid(), &error));
}

void TestDemoData::remindersAtChosenDates()
{
    QString error;
    const QList<DossierSummary> all = DossierSummaries::all(m_profile.database(), &error);
    QDate today = m_clock->today();
    const QList<ExpiryReminder::Due> due = ExpiryReminder::due(all, today, 30);
    QCOMPARE(due.size(), 3);
    for (int i = 0; i < due.size(); ++i) {
        QVERIFY(due.at(i).daysLeft >= 0 && due.at(i).daysLeft <= 30);
        if (i)
            QVERIFY(due.at(i - 1).validUntil <= due.at(i).validUntil); // soonest first
    }
    // A shorter delay keeps fewer; the day after the soonest ends, it is expired, not due.
    QVERIFY(ExpiryReminder::due(all, today, due.first().daysLeft).size() >= 1);
    QCOMPARE(ExpiryReminder::due(all, today, due.first().daysLeft - 1).size(), 0);
    const QDate after = due.first().validUntil;
    const QList<ExpiryReminder::Due> later = ExpiryReminder::due(all, after, 30);
    for (const ExpiryReminder::Due& d : later)
        QVERIFY(d.id != due.first().id);
    const QString message = ExpiryReminder::message(due);
    QVERIFY(message.contains(due.first().name));
    QVERIFY(ExpiryReminder::message({}).isEmpty());
}

void TestDemoData::settingsRoundTrip()
{
    Settings::createTempFileInstance();
    Settings& s = Settings::instance();
    QVERIFY(s.fileName().contains(QDir::tempPath()));
    QCOMPARE(s.reminderDays(), 30); // the rules' default
    QCOMPARE(s.language(), QString());
    QVERIFY(s.notificationsEnabled());
    s.setReminderDays(45);
    s.setLanguage(QStringLiteral("en"));
    s.setNotificationsEnabled(false);
    s.setReminderDays(0); // bounded
    QCOMPARE(s.reminderDays(), 1);
    s.setReminderDays(45);
    s.setLastReminderDay(QDate(2026, 11, 23));
    s.sync();
    QSettings raw(s.fileName(), QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("reminders/days")).toInt(), 45);
    QCOMPARE(raw.value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    QCOMPARE(s.lastReminderDay(), QDate(2026, 11, 23));
    raw.setValue(QStringLiteral("ui/language"), QStringLiteral("de")); // not ours: the system's
    raw.sync();
    Settings::createTempFileInstance();
    QCOMPARE(Settings::instance().reminderDays(), 30); // a fresh file
}

void TestDemoData::readyDossiersForTheSyncBench()
{
    // The sync benchmark's profile: every dossier ready to submit, with its three documents
    // fresh on the clock's day, and the one submission rule agrees.
    QTemporaryDir dir;
    Profile profile;
    QString error;
    QVERIFY(profile.open(dir.path(), &error));
    QVERIFY2(DemoData::populateReady(profile, 12, &error), qPrintable(error));
    const QDate today = m_clock->today();
    const QList<Dossier> dossiers = profile.dossiers().dossiers(&error);
    QCOMPARE(dossiers.size(), 12);
    QSet<QString> sirens;
    for (const Dossier& d : dossiers) {
        sirens.insert(d.client.siren);
        QCOMPARE(d.status, DossierStatus::NotSubmitted);
        QSet<Document::Kind> kinds;
        for (const Document& doc : profile.dossiers().documents(d.id, &error)) {
            kinds.insert(doc.kind);
            if (doc.kind != Document::Kind::SignedMandate) {
                QVERIFY2(doc.issueDate.isValid() && doc.issueDate <= today
                             && doc.issueDate > today.addMonths(-1),
                         qPrintable(doc.originalName));
            }
        }
        QCOMPARE(kinds,
                 (QSet<Document::Kind> { Document::Kind::SignedMandate, Document::Kind::Kbis,
                                         Document::Kind::Invoice }));
        const Submission::Result r = Submission::check(profile, d.id);
        QVERIFY2(r.outcome == Submission::Outcome::Ready, qPrintable(d.name + u' ' + r.message));
    }
    QCOMPARE(sirens.size(), 12);
}

QTEST_MAIN(TestDemoData)
#include "TestDemoData.moc"

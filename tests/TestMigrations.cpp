#include "authorised/AuthorisedChanges.h"
#include "authorised/AuthorisedList.h"
#include "authorised/AuthorisedReference.h"
#include "core/Clock.h"
#include "store/Profile.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Mandat;

/*
 * A profile written by any earlier schema opens in this version with nothing lost.
 * Each case builds the database as that version left it (running the migrations up to
 * it), writes rows the way that version wrote them, then opens it as today's app does.
 */
class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fromEveryVersion_data();
    void fromEveryVersion();
    void failedStepKeepsPreviousVersion();
    void authorisedListOnAnOldProfile();

private:
    static bool insertV1Rows(const QSqlDatabase& db);
};

void TestMigrations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Clock::setInstance(new FixedClock(QDate(2026, 11, 23)));
}

void TestMigrations::fromEveryVersion_data()
{
    QTest::addColumn<int>("version");
    for (int v = 0; v < Database::latestVersion(); ++v)
        QTest::addRow("from v%d", v) << v;
}

bool TestMigrations::insertV1Rows(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("INSERT INTO companies (id, legal_name, siren, rcs_city) "
                                 "VALUES (7, 'Société Générale des Eaux', '518452750', 'Nantes')"))
        && q.exec(QStringLiteral(
            "INSERT INTO dossiers (id, name, client_id, use, status, validated_on, created_at, "
            "updated_at) VALUES ('11111111-2222-3333-4444-555555555555', 'Ancien dossier', 7, "
            "'agents', 'valid', '2024-02-29', '2024-01-01T10:00:00.000Z', "
            "'2024-02-29T10:00:00.000Z')"))
        && q.exec(QStringLiteral("INSERT INTO dossier_numbers VALUES "
                                 "('11111111-2222-3333-4444-555555555555', 0, '+33162123456'), "
                                 "('11111111-2222-3333-4444-555555555555', 1, '+33123456789')"))
        && q.exec(
            QStringLiteral("INSERT INTO status_history (dossier_id, at, from_status, to_status, reason, by) "
                           "VALUES ('11111111-2222-3333-4444-555555555555', '2024-02-29T10:00:00.000Z', "
                           "'under_review', 'valid', '', 'portal')"));
}

void TestMigrations::fromEveryVersion()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString profileDir = dir.filePath(QStringLiteral("profile"));
    QVERIFY(QDir().mkpath(profileDir));
    {
        Database old;
        QString error;
        QVERIFY2(old.open(profileDir + QStringLiteral("/mandatdesk.sqlite"), &error, version),
                 qPrintable(error));
        QCOMPARE(old.schemaVersion(), version);
        if (version >= 1)
            QVERIFY(insertV1Rows(old.connection()));
        if (version >= 2) {
            QSqlQuery q(old.connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE dossiers SET valid_until = '2025-02-28'")));
        }
    }

    Profile profile;
    QString error;
    QVERIFY2(profile.open(profileDir, &error), qPrintable(error));
    QCOMPARE(profile.database().schemaVersion(), Database::latestVersion());
    if (version == 0) {
        QCOMPARE(profile.dossiers().dossierCount(), 0);
        return;
    }
    const std::optional<Dossier> d = profile.dossiers().dossier(
        QUuid::fromString(QStringLiteral("11111111-2222-3333-4444-555555555555")), &error);
    QVERIFY2(d, qPrintable(error));
    QCOMPARE(d->name, QStringLiteral("Ancien dossier"));
    QCOMPARE(d->client.legalName, QStringLiteral("Société Générale des Eaux"));
    QCOMPARE(d->numbers, (QStringList { "+33162123456", "+33123456789" }));
    QCOMPARE(d->status, DossierStatus::Valid);
    QCOMPARE(d->validatedOn, QDate(2024, 2, 29));
    // Computed by the v2 migration with the application's own rule (QDate clamps to Feb 28).
    QCOMPARE(d->validUntil, QDate(2025, 2, 28));
    QCOMPARE(d->effectiveStatus(QDate(2026, 11, 23)), DossierStatus::Expired);
    QCOMPARE(d->history.size(), 1);
    QCOMPARE(d->version, 1);
    QVERIFY(profile.dossiers().documents(d->id, &error).isEmpty());
    // The migrated profile takes new data of the latest schema.
    Company me;
    me.legalName = QStringLiteral("Prestataire");
    QVERIFY2(profile.dossiers().setProvider(me, &error), qPrintable(error));
    QVERIFY(profile.dossiers().renew(d->id, QStringLiteral("migration-test"), &error));
}

void TestMigrations::failedStepKeepsPreviousVersion()
{
    // A v1 database whose data makes the v3 step fail (an index name already taken)
    // stays at v2, readable, rather than half-migrated.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mandatdesk.sqlite"));
    {
        Database old;
        QString error;
        QVERIFY(old.open(path, &error, 2));
        QSqlQuery q(old.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE documents (x)")));
    }
    Database db;
    QString error;
    QVERIFY(!db.open(path, &error));
    QVERIFY(!error.isEmpty());
    Database reader;
    QVERIFY(reader.open(path, &error, 2));
    QCOMPARE(reader.schemaVersion(), 2);
    QSqlQuery q(reader.connection());
    QVERIFY(!q.exec(QStringLiteral("SELECT * FROM provider")));
}

void TestMigrations::authorisedListOnAnOldProfile()
{
    // A v11 profile (before the list of authorised numbers) with a mandate valid today.
    QTemporaryDir dir;
    const QString profileDir = dir.filePath(QStringLiteral("profile"));
    QVERIFY(QDir().mkpath(profileDir));
    {
        Database old;
        QString error;
        QVERIFY2(old.open(profileDir + QStringLiteral("/mandatdesk.sqlite"), &error, 11), qPrintable(error));
        QVERIFY(insertV1Rows(old.connection()));
        QSqlQuery q(old.connection());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE dossiers SET validated_on = '2026-05-04', valid_until = '2027-05-04'")));
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM authorised_reference")));
    }
    Profile profile;
    QString error;
    QVERIFY2(profile.open(profileDir, &error), qPrintable(error));
    QVERIFY(profile.database().schemaVersion() >= 12);
    // Nothing was ever recorded: no reference, and no error.
    std::optional<AuthorisedReference> ref = AuthorisedReference::last(profile.database(), &error);
    QVERIFY(!ref);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const std::optional<AuthorisedList> list
        = AuthorisedList::build(profile.database(), QDate(2026, 11, 23), &error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->numberCount(), 2);
    QCOMPARE(list->clients().first().legalName, QStringLiteral("Société Générale des Eaux"));
    std::optional<AuthorisedChanges> changes
        = AuthorisedChanges::compute(profile.database(), *list, ref, &error);
    QVERIFY2(changes, qPrintable(error));
    QVERIFY(!changes->hasReference);
    QCOMPARE(changes->ofKind(AuthorisedChanges::Kind::Added).size(), 2);
    // The migrated profile keeps a recorded list, and the next comparison starts from it.
    QVERIFY2(AuthorisedReference::record(profile.database(), *list, QStringLiteral("csv"),
                                         QStringLiteral("me"), &error),
             qPrintable(error));
    ref = AuthorisedReference::last(profile.database(), &error);
    QVERIFY2(ref, qPrintable(error));
    QCOMPARE(ref->on, QDate(2026, 11, 23));
    QCOMPARE(ref->entries.size(), 2);
    QCOMPARE(ref->entries.first().dossierName, QStringLiteral("Ancien dossier"));
    changes = AuthorisedChanges::compute(profile.database(), *list, ref, &error);
    QVERIFY2(changes, qPrintable(error));
    QVERIFY(changes->changes.isEmpty());
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"

// The list of authorised numbers (ARCEP decision 2025-2215): which numbers are on it on a day,
// one entry per client's number, what changed since the last recorded list, the CSV export, and
// the expiry reminder saying which numbers leave the list.
#include "authorised/AuthorisedChanges.h"
#include "authorised/AuthorisedList.h"
#include "authorised/AuthorisedListExport.h"
#include "authorised/AuthorisedReference.h"
#include "core/Clock.h"
#include "core/Translations.h"
#include "rules/ExpiryReminder.h"
#include "store/DossierSummaries.h"
#include "store/Profile.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Mandat;

class TestAuthorisedList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void onlyValidMandatesOnTheDay_data();
    void onlyValidMandatesOnTheDay();
    void oneEntryPerClientNumberLongestMandate();
    void pastDayListsMandatesExpiredSince();
    void changesSinceTheRecordedList();
    void renewalKeepsNumbersWithoutChange();
    void csvHasTheListAndWhatLeft();
    void reminderSaysWhichNumbersLeave();

private:
    // A dossier created, and made valid on `validatedOn` when given.
    QUuid dossier(const QString& name, const QString& client, const QString& siren,
                  const QStringList& numbers, const QDate& validatedOn = {});
    AuthorisedList list(const QDate& on);
    AuthorisedChanges changes(const AuthorisedList& list);

    FixedClock* m_clock = nullptr;
    QScopedPointer<QTemporaryDir> m_dir;
    QScopedPointer<Profile> m_profile;
};

void TestAuthorisedList::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(QStringLiteral("en"));
    m_clock = new FixedClock(QDate(2026, 3, 1));
    Clock::setInstance(m_clock);
}

void TestAuthorisedList::init()
{
    m_clock->setNow(QDateTime(QDate(2026, 3, 1), QTime(12, 0)).toUTC());
    m_dir.reset(new QTemporaryDir);
    m_profile.reset(new Profile);
    QString error;
    QVERIFY2(m_profile->open(m_dir->path(), &error), qPrintable(error));
}

void TestAuthorisedList::cleanup()
{
    m_profile.reset();
    m_dir.reset();
}

QUuid TestAuthorisedList::dossier(const QString& name, const QString& client, const QString& siren,
                                  const QStringList& numbers, const QDate& validatedOn)
{
    Dossier d;
    d.name = name;
    d.client.legalName = client;
    d.client.siren = siren;
    d.numbers = numbers;
    QString error;
    if (!m_profile->dossiers().createDossier(d, QStringLiteral("test"), &error))
        qFatal("createDossier: %s", qPrintable(error));
    if (validatedOn.isValid()) {
        for (DossierStatus::Status s : { DossierStatus::Queued, DossierStatus::UnderReview }) {
            if (!m_profile->dossiers().setStatus(d.id, s, {}, {}, QStringLiteral("test"), nullptr, &error))
                qFatal("setStatus: %s", qPrintable(error));
        }
        if (!m_profile->dossiers().setStatus(d.id, DossierStatus::Valid, validatedOn, {},
                                             QStringLiteral("portal"), nullptr, &error))
            qFatal("setStatus valid: %s", qPrintable(error));
    }
    return d.id;
}

AuthorisedList TestAuthorisedList::list(const QDate& on)
{
    QString error;
    const std::optional<AuthorisedList> l = AuthorisedList::build(m_profile->database(), on, &error);
    if (!l)
        qFatal("build: %s", qPrintable(error));
    return *l;
}

AuthorisedChanges TestAuthorisedList::changes(const AuthorisedList& l)
{
    QString error;
    const std::optional<AuthorisedReference> ref = AuthorisedReference::last(m_profile->database(), &error);
    if (!error.isEmpty())
        qFatal("last: %s", qPrintable(error));
    const std::optional<AuthorisedChanges> c
        = AuthorisedChanges::compute(m_profile->database(), l, ref, &error);
    if (!c)
        qFatal("compute: %s", qPrintable(error));
    return *c;
}

void TestAuthorisedList::onlyValidMandatesOnTheDay_data()
{
    QTest::addColumn<QDate>("on");
    QTest::addColumn<QStringList>("listed");
    // Valid 2025-03-10 → 2026-03-10; valid 2026-02-01 → 2027-02-01; one rejected, one not submitted.
    QTest::newRow("before any validation") << QDate(2025, 3, 9) << QStringList {};
    QTest::newRow("validation day") << QDate(2025, 3, 10) << QStringList { "+33162000001" };
    QTest::newRow("both valid") << QDate(2026, 3, 9) << QStringList { "+33162000001", "+33162000002" };
    QTest::newRow("first ended (valid_until is the first day not valid)")
        << QDate(2026, 3, 10) << QStringList { "+33162000002" };
    QTest::newRow("all ended") << QDate(2027, 2, 1) << QStringList {};
}

void TestAuthorisedList::onlyValidMandatesOnTheDay()
{
    QFETCH(QDate, on);
    QFETCH(QStringList, listed);
    dossier(QStringLiteral("Ancien"), QStringLiteral("ACME"), QStringLiteral("518452750"), { "+33162000001" },
            QDate(2025, 3, 10));
    dossier(QStringLiteral("Récent"), QStringLiteral("ACME"), QStringLiteral("518452750"), { "+33162000002" },
            QDate(2026, 2, 1));
    dossier(QStringLiteral("Brouillon"), QStringLiteral("ACME"), QStringLiteral("518452750"),
            { "+33162000003" });
    const QUuid rejected = dossier(QStringLiteral("Rejeté"), QStringLiteral("ACME"),
                                   QStringLiteral("518452750"), { "+33162000004" });
    QString error;
    for (DossierStatus::Status s : { DossierStatus::Queued, DossierStatus::UnderReview })
        QVERIFY(m_profile->dossiers().setStatus(rejected, s, {}, {}, {}, nullptr, &error));
    QVERIFY(m_profile->dossiers().setStatus(rejected, DossierStatus::Rejected, {}, QStringLiteral("Kbis"), {},
                                            nullptr, &error));

    const AuthorisedList l = list(on);
    QStringList got;
    for (const AuthorisedClient& c : l.clients())
        for (const AuthorisedNumber& n : c.numbers)
            got.append(n.e164);
    QCOMPARE(got, listed);
    QCOMPARE(l.numberCount(), int(listed.size()));
    QCOMPARE(l.on(), on);
}

void TestAuthorisedList::oneEntryPerClientNumberLongestMandate()
{
    const QUuid older
        = dossier(QStringLiteral("Campagne 2025"), QStringLiteral("ACME"), QStringLiteral("518452750"),
                  { "+33162123456", "+590590123456" }, QDate(2025, 6, 1));
    const QUuid newer = dossier(QStringLiteral("Campagne 2026"), QStringLiteral("ACME"),
                                QStringLiteral("518452750"), { "+33162123456" }, QDate(2026, 1, 15));
    // The same number for another client is another entry (the list is per client).
    dossier(QStringLiteral("Autre"), QStringLiteral("Boulangerie Dupont"), QStringLiteral("310158381"),
            { "+33162123456" }, QDate(2026, 2, 1));

    const AuthorisedList l = list(QDate(2026, 3, 1));
    QCOMPARE(l.clients().size(), 2);
    const AuthorisedClient& acme = l.clients().at(0);
    QCOMPARE(acme.legalName, QStringLiteral("ACME"));
    QCOMPARE(acme.siren, QStringLiteral("518452750"));
    QCOMPARE(acme.numbers.size(), 2);
    const AuthorisedNumber& npv = acme.numbers.at(0);
    QCOMPARE(npv.e164, QStringLiteral("+33162123456"));
    QCOMPARE(npv.national, QStringLiteral("01 62 12 34 56"));
    QCOMPARE(numberCategoryCode(npv.category), QStringLiteral("npv"));
    QCOMPARE(npv.mandate.dossierId, newer); // lasts until 2027-01-15, the other until 2026-06-01
    QCOMPARE(npv.mandate.validatedOn, QDate(2026, 1, 15));
    QCOMPARE(npv.mandate.validUntil, QDate(2027, 1, 15));
    QCOMPARE(npv.alsoValidUnder.size(), 1);
    QCOMPARE(npv.alsoValidUnder.first().dossierId, older);
    const AuthorisedNumber& overseas = acme.numbers.at(1);
    QCOMPARE(overseas.national, QStringLiteral("0590 12 34 56"));
    QCOMPARE(overseas.mandate.dossierId, older);
    QVERIFY(overseas.alsoValidUnder.isEmpty());
    QCOMPARE(l.clients().at(1).legalName, QStringLiteral("Boulangerie Dupont"));
    QCOMPARE(l.numberCount(), 3);
}

void TestAuthorisedList::pastDayListsMandatesExpiredSince()
{
    // Both marked expired by the portal on 2026-03-12: one at the end of its year, one before it.
    const QUuid yearOver = dossier(QStringLiteral("Année finie"), QStringLiteral("ACME"),
                                   QStringLiteral("518452750"), { "+33162000001" }, QDate(2025, 3, 10));
    const QUuid early = dossier(QStringLiteral("Retiré"), QStringLiteral("ACME"), QStringLiteral("518452750"),
                                { "+33162000002" }, QDate(2025, 6, 1));
    m_clock->setNow(QDateTime(QDate(2026, 3, 12), QTime(9, 0)).toUTC());
    QString error;
    for (const QUuid& id : { yearOver, early })
        QVERIFY2(m_profile->dossiers().setStatus(id, DossierStatus::Expired, {}, {}, QStringLiteral("portal"),
                                                 nullptr, &error),
                 qPrintable(error));

    auto listed = [this](const QDate& on) {
        QStringList got;
        const AuthorisedList l = list(on);
        for (const AuthorisedClient& c : l.clients())
            for (const AuthorisedNumber& n : c.numbers)
                got.append(n.e164 + u' ' + n.mandate.validUntil.toString(Qt::ISODate));
        return got;
    };
    // On an earlier day both were valid; the early one ends on the day the portal expired it.
    QCOMPARE(listed(QDate(2026, 3, 9)),
             (QStringList { "+33162000001 2026-03-10", "+33162000002 2026-03-12" }));
    QCOMPARE(listed(QDate(2026, 3, 11)), QStringList { "+33162000002 2026-03-12" });
    QCOMPARE(listed(QDate(2026, 3, 12)), QStringList {});
    QCOMPARE(listed(QDate(2026, 5, 1)), QStringList {}); // not valid again before its stored end
}

void TestAuthorisedList::changesSinceTheRecordedList()
{
    const QUuid ending = dossier(QStringLiteral("Fin mars"), QStringLiteral("ACME"),
                                 QStringLiteral("518452750"), { "+33162000001" }, QDate(2025, 3, 20));
    const QUuid deleted = dossier(QStringLiteral("Supprimé"), QStringLiteral("ACME"),
                                  QStringLiteral("518452750"), { "+33162000002" }, QDate(2026, 1, 5));
    const QUuid edited
        = dossier(QStringLiteral("Modifié"), QStringLiteral("Boulangerie Dupont"),
                  QStringLiteral("310158381"), { "+33162000003", "+33162000004" }, QDate(2026, 1, 5));
    QString error;

    // Nothing recorded yet: every number is added.
    AuthorisedList first = list(QDate(2026, 3, 1));
    AuthorisedChanges c = changes(first);
    QVERIFY(!c.hasReference);
    QCOMPARE(c.ofKind(AuthorisedChanges::Kind::Added).size(), 4);
    QVERIFY(AuthorisedReference::record(m_profile->database(), first, QStringLiteral("cli"),
                                        QStringLiteral("me"), &error));
    const std::optional<AuthorisedReference> ref = AuthorisedReference::last(m_profile->database(), &error);
    QVERIFY(ref);
    QCOMPARE(ref->on, QDate(2026, 3, 1));
    QCOMPARE(ref->via, QStringLiteral("cli"));
    QCOMPARE(ref->entries.size(), 4);
    QVERIFY(changes(first).changes.isEmpty()); // the same list again: no change

    // Then: the first mandate ends (2026-03-20), one dossier is deleted, a number taken out of
    // another, and a new mandate is validated.
    QVERIFY(m_profile->dossiers().deleteDossier(deleted, &error));
    Dossier d = *m_profile->dossiers().dossier(edited, &error);
    d.numbers = { QStringLiteral("+33162000003") };
    QVERIFY(m_profile->dossiers().updateDossier(d, &error));
    const QUuid added = dossier(QStringLiteral("Nouveau"), QStringLiteral("Café du Port"),
                                QStringLiteral("732829320"), { "+33977000001" }, QDate(2026, 3, 25));

    c = changes(list(QDate(2026, 4, 1)));
    QVERIFY(c.hasReference);
    QCOMPARE(c.referenceOn, QDate(2026, 3, 1));
    const auto addedList = c.ofKind(AuthorisedChanges::Kind::Added);
    QCOMPARE(addedList.size(), 1);
    QCOMPARE(addedList.first().e164, QStringLiteral("+33977000001"));
    QCOMPARE(addedList.first().dossierId, added);
    const auto expired = c.ofKind(AuthorisedChanges::Kind::Expired);
    QCOMPARE(expired.size(), 1);
    QCOMPARE(expired.first().e164, QStringLiteral("+33162000001"));
    QCOMPARE(expired.first().dossierId, ending);
    QCOMPARE(expired.first().validUntil, QDate(2026, 3, 20));
    QCOMPARE(expired.first().reason, QStringLiteral("validity_ended"));
    const auto revoked = c.ofKind(AuthorisedChanges::Kind::Revoked);
    QCOMPARE(revoked.size(), 2);
    QCOMPARE(revoked.at(0).e164, QStringLiteral("+33162000004")); // Boulangerie's SIREN sorts first
    QCOMPARE(revoked.at(0).reason, QStringLiteral("number_removed"));
    QCOMPARE(revoked.at(0).national, QStringLiteral("01 62 00 00 04"));
    QCOMPARE(revoked.at(1).e164, QStringLiteral("+33162000002"));
    QCOMPARE(revoked.at(1).reason, QStringLiteral("dossier_deleted"));
    QCOMPARE(revoked.at(1).dossierName, QStringLiteral("Supprimé"));
    QCOMPARE(AuthorisedChanges::reasonLabel(revoked.at(1)), QStringLiteral("the dossier was deleted"));

    // Still before the first mandate's end, the deleted dossier's number is revoked, not expired.
    c = changes(list(QDate(2026, 3, 19)));
    QCOMPARE(c.ofKind(AuthorisedChanges::Kind::Expired).size(), 0);
    QCOMPARE(c.ofKind(AuthorisedChanges::Kind::Revoked).size(), 2);
}

void TestAuthorisedList::renewalKeepsNumbersWithoutChange()
{
    const QUuid old = dossier(QStringLiteral("2025"), QStringLiteral("ACME"), QStringLiteral("518452750"),
                              { "+33162000001" }, QDate(2025, 3, 20));
    QString error;
    QVERIFY(AuthorisedReference::record(m_profile->database(), list(QDate(2026, 3, 1)), QStringLiteral("csv"),
                                        {}, &error));
    m_clock->setNow(QDateTime(QDate(2026, 3, 5), QTime(12, 0)).toUTC());
    const std::optional<Dossier> renewal = m_profile->dossiers().renew(old, QStringLiteral("me"), &error);
    QVERIFY2(renewal, qPrintable(error));
    for (DossierStatus::Status s : { DossierStatus::Queued, DossierStatus::UnderReview })
        QVERIFY(m_profile->dossiers().setStatus(renewal->id, s, {}, {}, {}, nullptr, &error));
    QVERIFY(m_profile->dossiers().setStatus(renewal->id, DossierStatus::Valid, QDate(2026, 3, 10), {}, {},
                                            nullptr, &error));
    const AuthorisedList after = list(QDate(2026, 4, 1));
    QCOMPARE(after.numberCount(), 1);
    QCOMPARE(after.clients().first().numbers.first().mandate.dossierId, renewal->id);
    QVERIFY(changes(after).changes.isEmpty());
}

void TestAuthorisedList::csvHasTheListAndWhatLeft()
{
    dossier(QStringLiteral("Campagne; été"), QStringLiteral("ACME \"Lyon\""), QStringLiteral("518452750"),
            { "+33162000001" }, QDate(2025, 3, 20));
    dossier(QStringLiteral("Mobile"), QStringLiteral("Café du Port"), QStringLiteral("732829320"),
            { "+33977000001" }, QDate(2026, 3, 25));
    QString error;
    QVERIFY(AuthorisedReference::record(m_profile->database(), list(QDate(2026, 3, 1)), QStringLiteral("csv"),
                                        {}, &error));
    const AuthorisedList l = list(QDate(2026, 4, 1));
    const QByteArray csv = AuthorisedListExport::csv(l, changes(l));
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0),
             QStringLiteral("Client;SIREN;Number;E.164;Category;Mandate;Dossier;Validated on;Valid until;"
                            "Other valid mandates;Change;Why"));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("Café du Port;732829320;09 77 00 00 01;+33977000001;")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).endsWith(QLatin1String(";25/03/2026;25/03/2027;;added;")), qPrintable(lines.at(1)));
    // The number that left, quoted where the separator or quotes appear.
    QVERIFY2(
        lines.at(2).startsWith(QStringLiteral("\"ACME \"\"Lyon\"\"\";518452750;01 62 00 00 01;+33162000001;;"
                                              "\"Campagne; été\";")),
        qPrintable(lines.at(2)));
    QVERIFY2(lines.at(2).endsWith(QLatin1String(";20/03/2026;;expired;the mandate's validity ended")),
             qPrintable(lines.at(2)));
}

void TestAuthorisedList::reminderSaysWhichNumbersLeave()
{
    // Ends 2026-03-20; its first number is also under a renewal valid until 2027, its second is not.
    const QUuid ending
        = dossier(QStringLiteral("Fin mars"), QStringLiteral("ACME"), QStringLiteral("518452750"),
                  { "+33162000001", "+590590123456" }, QDate(2025, 3, 20));
    dossier(QStringLiteral("Relais"), QStringLiteral("ACME"), QStringLiteral("518452750"), { "+33162000001" },
            QDate(2026, 2, 1));
    // Another client's mandate on the same number does not keep ACME's on the list.
    const QUuid other = dossier(QStringLiteral("Seul"), QStringLiteral("Café du Port"),
                                QStringLiteral("732829320"), { "+33977000001" }, QDate(2025, 3, 25));
    dossier(QStringLiteral("Ailleurs"), QStringLiteral("Boulangerie Dupont"), QStringLiteral("310158381"),
            { "+33977000001" }, QDate(2026, 2, 1));
    QString error;
    const QList<DossierSummary> all = DossierSummaries::all(m_profile->database(), &error);
    const QList<ExpiryReminder::Due> due = ExpiryReminder::due(all, QDate(2026, 3, 1), 30);
    QCOMPARE(due.size(), 2);
    QCOMPARE(due.at(0).id, ending);
    QCOMPARE(due.at(0).leavingNumbers, QStringList { "+590590123456" });
    QCOMPARE(due.at(1).id, other);
    QCOMPARE(due.at(1).leavingNumbers, QStringList { "+33977000001" });
    const QString message = ExpiryReminder::message(due);
    QVERIFY2(message.contains(QLatin1String("The mandate \"Fin mars\" ends on")), qPrintable(message));
    // (Plural forms come from the translations: "leave(s)" checked up to it.)
    QVERIFY2(message.contains(QLatin1String("From that day, 0590 12 34 56 leave")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("the list of authorised numbers")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("01 62 00 00 01")), qPrintable(message));
    QVERIFY2(message.endsWith(QLatin1String("1 other mandate ends soon.")), qPrintable(message));

    // Every number kept by the renewal: the reminder says they stay.
    ExpiryReminder::Due kept = due.at(0);
    kept.leavingNumbers.clear();
    QCOMPARE(
        ExpiryReminder::leavingText(kept),
        QStringLiteral("Its numbers stay on the list of authorised numbers under another valid mandate."));
    // Many numbers: three shown, then how many more.
    kept.leavingNumbers = { "+33162000001", "+33162000002", "+33162000003", "+33162000004", "+33162000005" };
    const QString many = ExpiryReminder::leavingText(kept);
    QVERIFY2(many.startsWith(
                 QLatin1String("From that day, 01 62 00 00 01, 01 62 00 00 02, 01 62 00 00 03 and 2 other")),
             qPrintable(many));
    QVERIFY2(!many.contains(QLatin1String("01 62 00 00 04")), qPrintable(many));
}

QTEST_GUILESS_MAIN(TestAuthorisedList)
#include "TestAuthorisedList.moc"

#include "model/Dossier.h"
#include "model/DossierStatus.h"

#include <QTest>

using namespace Mandat;

using S = DossierStatus::Status;
Q_DECLARE_METATYPE(DossierStatus::Status)

class TestDossierStatus : public QObject
{
    Q_OBJECT

private slots:
    void transitions_data();
    void transitions();
    void codesRoundTrip();
    void portalLabelsAccepted();
    void rejectionNeedsReason();
    void validSetsOneYear();
    void expiryIsDerived_data();
    void expiryIsDerived();
    void expiredCannotBeRevived();
    void editedAfterRejection();
    void duplicateNumberRefused();
};

void TestDossierStatus::transitions_data()
{
    QTest::addColumn<S>("from");
    QTest::addColumn<S>("to");
    QTest::addColumn<bool>("allowed");

    // The whole matrix: six statuses, each to each.
    const QList<QPair<S, S>> legal {
        { S::NotSubmitted, S::Queued },  { S::Queued, S::UnderReview }, { S::Queued, S::NotSubmitted },
        { S::UnderReview, S::Rejected }, { S::UnderReview, S::Valid },  { S::Rejected, S::NotSubmitted },
        { S::Valid, S::Expired },
    };
    for (S from : DossierStatus::all()) {
        for (S to : DossierStatus::all()) {
            const bool allowed = legal.contains(qMakePair(from, to));
            QTest::addRow("%s -> %s", qPrintable(DossierStatus::code(from)),
                          qPrintable(DossierStatus::code(to)))
                << from << to << allowed;
        }
    }
}

void TestDossierStatus::transitions()
{
    QFETCH(S, from);
    QFETCH(S, to);
    QFETCH(bool, allowed);
    QString error;
    QCOMPARE(DossierStatus::canTransition(from, to, &error), allowed);
    QCOMPARE(error.isEmpty(), allowed);

    // The dossier applies the same machine and leaves itself untouched when refused.
    Dossier d;
    d.status = from;
    if (from == S::Valid || from == S::Expired) {
        d.validatedOn = QDate(2026, 1, 10);
        d.validUntil = QDate(2027, 1, 10);
    }
    const QDate on(2026, 6, 1);
    const QDateTime at(on, QTime(9, 0), Qt::UTC);
    const QString reason = to == S::Rejected ? QStringLiteral("Kbis de plus de 3 mois") : QString();
    const Dossier before = d;
    QString applyError;
    QCOMPARE(d.applyTransition(to, at, on, reason, QStringLiteral("tester"), &applyError), allowed);
    if (allowed) {
        QCOMPARE(d.status, to);
        QCOMPARE(d.history.size(), 1);
        QCOMPARE(d.history.last().from, from);
        QCOMPARE(d.history.last().to, to);
        QCOMPARE(d.history.last().by, QStringLiteral("tester"));
        QCOMPARE(d.version, before.version + 1);
    } else {
        QVERIFY(!applyError.isEmpty());
        QCOMPARE(d.status, before.status);
        QVERIFY(d.history.isEmpty());
        QCOMPARE(d.version, before.version);
    }
}

void TestDossierStatus::codesRoundTrip()
{
    for (S s : DossierStatus::all()) {
        S back = S::NotSubmitted;
        QVERIFY(DossierStatus::fromCode(DossierStatus::code(s), &back));
        QCOMPARE(back, s);
        QVERIFY(!DossierStatus::label(s).isEmpty());
    }
    S out;
    QVERIFY(!DossierStatus::fromCode(QStringLiteral("approved"), &out));
}

void TestDossierStatus::portalLabelsAccepted()
{
    S s = S::NotSubmitted;
    QVERIFY(DossierStatus::fromCode(QStringLiteral("En cours"), &s));
    QCOMPARE(s, S::UnderReview);
    QVERIFY(DossierStatus::fromCode(QStringLiteral("Mandat non soumis"), &s));
    QCOMPARE(s, S::NotSubmitted);
    QVERIFY(DossierStatus::fromCode(QStringLiteral("rejeté"), &s));
    QCOMPARE(s, S::Rejected);
}

void TestDossierStatus::rejectionNeedsReason()
{
    Dossier d;
    d.status = S::UnderReview;
    const QDate on(2026, 3, 1);
    QString error;
    QVERIFY(!d.applyTransition(S::Rejected, QDateTime(on, QTime(), Qt::UTC), on, QStringLiteral("  "), {},
                               &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(d.status, S::UnderReview);
    QVERIFY(d.applyTransition(S::Rejected, QDateTime(on, QTime(), Qt::UTC), on,
                              QStringLiteral("Facture illisible"), {}, &error));
    QCOMPARE(d.rejectionReason, QStringLiteral("Facture illisible"));
}

void TestDossierStatus::validSetsOneYear()
{
    Dossier d;
    d.status = S::UnderReview;
    const QDate on(2024, 2, 29);
    QString error;
    QVERIFY(d.applyTransition(S::Valid, QDateTime(on, QTime(10, 0), Qt::UTC), on, {}, {}, &error));
    QCOMPARE(d.validatedOn, on);
    // One calendar year, clamped to the month's end as QDate does.
    QCOMPARE(d.validUntil, QDate(2025, 2, 28));
}

void TestDossierStatus::expiryIsDerived_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<S>("expected");
    QTest::newRow("day of validation") << QDate(2026, 1, 10) << S::Valid;
    QTest::newRow("day before the end") << QDate(2027, 1, 9) << S::Valid;
    QTest::newRow("end day") << QDate(2027, 1, 10) << S::Expired;
    QTest::newRow("long after") << QDate(2030, 1, 1) << S::Expired;
}

void TestDossierStatus::expiryIsDerived()
{
    QFETCH(QDate, today);
    QFETCH(S, expected);
    Dossier d;
    d.status = S::Valid;
    d.validatedOn = QDate(2026, 1, 10);
    d.validUntil = DossierStatus::validUntilFor(d.validatedOn);
    QCOMPARE(d.effectiveStatus(today), expected);
}

void TestDossierStatus::expiredCannotBeRevived()
{
    Dossier d;
    d.status = S::Valid;
    d.validatedOn = QDate(2025, 1, 10);
    d.validUntil = QDate(2026, 1, 10);
    const QDate later(2026, 5, 1);
    QString error;
    // Derived expiry: no way back to "not submitted"; renewal is the path.
    QVERIFY(!d.applyTransition(S::NotSubmitted, QDateTime(later, QTime(), Qt::UTC), later, {}, {}, &error));
    QVERIFY2(error.contains(QLatin1String("renew"), Qt::CaseInsensitive), qPrintable(error));
    // Recording the expiry the portal reports is allowed.
    QVERIFY(d.applyTransition(S::Expired, QDateTime(later, QTime(), Qt::UTC), later, {}, {}, &error));
    QCOMPARE(d.history.last().from, S::Valid);
}

void TestDossierStatus::editedAfterRejection()
{
    Dossier d;
    d.status = S::Rejected;
    d.rejectionReason = QStringLiteral("Kbis périmé");
    const QDate on(2026, 3, 2);
    QString error;
    QVERIFY(d.applyTransition(S::NotSubmitted, QDateTime(on, QTime(), Qt::UTC), on, {}, {}, &error));
    QVERIFY(d.rejectionReason.isEmpty());
    QCOMPARE(d.history.last().from, S::Rejected);
}

void TestDossierStatus::duplicateNumberRefused()
{
    Dossier d;
    QString error;
    QVERIFY(d.addNumber(QStringLiteral("+33162123456"), &error));
    QVERIFY(!d.addNumber(QStringLiteral("+33162123456"), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(d.numbers.size(), 1);
}

QTEST_GUILESS_MAIN(TestDossierStatus)
#include "TestDossierStatus.moc"

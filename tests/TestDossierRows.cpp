#include "DossierRows.h"

#include <QTest>

using namespace Mandat;

class TestDossierRows : public QObject
{
    Q_OBJECT

private slots:
    void rowGivesBackItsSummary();
    void madeForTheList();
    void replaceAndRemoveKeepTheOthers();
    void regroupForAnotherDay();
};

namespace {
DossierSummary sample(int i)
{
    DossierSummary s;
    s.id = QUuid::createUuid();
    s.name = QStringLiteral("Campagne Été n°%1").arg(i);
    s.client = QStringLiteral("Boulangerie Dupont & Fils");
    s.siren = QStringLiteral("73282932%1").arg(i % 10);
    s.numbers = { QStringLiteral("+33162450000"), QStringLiteral("+33948123456") };
    s.status = DossierStatus::Valid;
    s.validUntil = QDate(2027, 3, 1);
    return s;
}

void compare(const DossierSummary& a, const DossierSummary& b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.client, b.client);
    QCOMPARE(a.siren, b.siren);
    QCOMPARE(a.numbers, b.numbers);
    QCOMPARE(a.status, b.status);
    QCOMPARE(a.rejectionReason, b.rejectionReason);
    QCOMPARE(a.validUntil, b.validUntil);
    QCOMPARE(a.syncState, b.syncState);
    QCOMPARE(a.syncError, b.syncError);
}
} // namespace

void TestDossierRows::rowGivesBackItsSummary()
{
    DossierSummary rejected = sample(1);
    rejected.status = DossierStatus::Rejected;
    rejected.validUntil = {};
    rejected.numbers = {};
    rejected.rejectionReason = QStringLiteral("Kbis de plus de 3 mois\n— « illisible »");
    rejected.syncState = DossierSummary::SyncState::Failed;
    rejected.syncError = QStringLiteral("HTTP 500");
    DossierSummary empty;
    empty.id = QUuid::createUuid();
    DossierRows rows;
    const QDate today(2026, 12, 5);
    rows.append(sample(0), today);
    rows.append(rejected, today);
    rows.append(empty, today);
    QCOMPARE(rows.size(), 3);
    compare(rows.summary(1), rejected);
    compare(rows.summary(2), empty);
    const DossierSummary first = sample(0);
    QCOMPARE(rows.summary(0).name, first.name);
    QCOMPARE(rows.text(DossierRows::Name, 0), first.name);
    QVERIFY(!rows.validUntil(2).isValid());
    QCOMPARE(rows.validUntil(0), QDate(2027, 3, 1));
}

void TestDossierRows::madeForTheList()
{
    DossierRows rows;
    rows.append(sample(4), QDate(2026, 12, 5));
    QCOMPARE(rows.group(0), StatusGroup::Valid);
    QCOMPARE(rows.text(DossierRows::NumbersShown, 0), QStringLiteral("01 62 45 00 00, 09 48 12 34 56"));
    QCOMPARE(rows.text(DossierRows::SearchText, 0),
             QStringLiteral("campagne ete n°4\nboulangerie dupont & fils"));
    const QString digits = rows.text(DossierRows::SearchDigits, 0);
    QVERIFY(digits.startsWith(QStringLiteral("732829324")));
    for (const char* d : { "0162450000", "33162450000", "0948123456", "33948123456" })
        QVERIFY2(digits.contains(QLatin1String(d)), d);
}

void TestDossierRows::replaceAndRemoveKeepTheOthers()
{
    const QDate today(2026, 12, 5);
    DossierRows rows;
    QList<DossierSummary> kept;
    for (int i = 0; i < 4; ++i) {
        kept.append(sample(i));
        rows.append(kept.last(), today);
    }
    DossierSummary longer = kept.at(1);
    longer.name = QStringLiteral("Un nom bien plus long qu'avant, avec des accents : éèà");
    longer.numbers.append(QStringLiteral("+33562000000"));
    DossierRows one;
    one.append(longer, today);
    rows.replace(1, one, 0);
    kept[1] = longer;
    rows.remove(2);
    kept.removeAt(2);
    DossierRows copy;
    for (qsizetype r = 0; r < rows.size(); ++r)
        copy.append(rows, r);
    QCOMPARE(copy.size(), 3);
    for (int i = 0; i < 3; ++i)
        compare(copy.summary(i), kept.at(i));
    QVERIFY(copy.text(DossierRows::SearchText, 1).startsWith(QStringLiteral("un nom bien plus long")));
    QVERIFY(copy.text(DossierRows::SearchDigits, 1).contains(QLatin1String("0562000000")));
}

void TestDossierRows::regroupForAnotherDay()
{
    DossierRows rows;
    rows.append(sample(0), QDate(2026, 12, 5));
    DossierSummary draft = sample(1);
    draft.status = DossierStatus::NotSubmitted;
    rows.append(draft, QDate(2026, 12, 5));
    QCOMPARE(rows.group(0), StatusGroup::Valid);
    rows.regroup(QDate(2027, 2, 20)); // within the reminder period
    QCOMPARE(rows.group(0), StatusGroup::ExpiringSoon);
    rows.regroup(QDate(2027, 3, 2));
    QCOMPARE(rows.group(0), StatusGroup::Expired);
    QCOMPARE(rows.effectiveStatus(0, QDate(2027, 3, 2)), DossierStatus::Expired);
    QCOMPARE(rows.status(0), DossierStatus::Valid); // as stored
    QCOMPARE(rows.group(1), StatusGroup::NotSubmitted);
}

QTEST_APPLESS_MAIN(TestDossierRows)
#include "TestDossierRows.moc"

#include "numbering/NumberBlock.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Mandat;

/*
 * SDA blocks as trunk invoices write them, and what a hostile text cannot make of them:
 * a block is two bounds compared as numbers, never a list, and no block is larger than
 * NumberBlock::kMaxCount.
 */
class TestNumberBlock : public QObject
{
    Q_OBJECT

private slots:
    void notations_data();
    void notations();
    void contains();
    void hostileRangeIsNotABlock_data();
    void hostileRangeIsNotABlock();
    void hostileManyBlocks();
};

namespace {
QList<NumberBlock> blocksIn(const QString& text)
{
    return NumberBlock::find(text, NumberClassifier::builtIn().findNumbers(text));
}
} // namespace

void TestNumberBlock::notations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QString>("written"); // the block's text, as kept
    QTest::newRow("arrow") << "SDA 04 78 00 10 00 → 04 78 00 10 49"
                           << "+33478001000"
                           << "+33478001049" << qint64(50) << "04 78 00 10 00 → 04 78 00 10 49";
    QTest::newRow("ascii arrow") << "SDA 04 78 00 10 00 -> 04 78 00 10 49"
                                 << "+33478001000"
                                 << "+33478001049" << qint64(50) << "04 78 00 10 00 -> 04 78 00 10 49";
    QTest::newRow("de … à …") << "Numéros de 0478001000 à 0478001099"
                              << "+33478001000"
                              << "+33478001099" << qint64(100) << "0478001000 à 0478001099";
    QTest::newRow("jusqu'au") << "Plage 04 78 00 10 00 jusqu'au 04 78 00 10 09"
                              << "+33478001000"
                              << "+33478001009" << qint64(10) << "04 78 00 10 00 jusqu'au 04 78 00 10 09";
    QTest::newRow("final digits, slash") << "SDA 04 78 00 10 00/49"
                                         << "+33478001000"
                                         << "+33478001049" << qint64(50) << "04 78 00 10 00/49";
    QTest::newRow("final digits, à") << "SDA 04 78 00 10 00 à 49"
                                     << "+33478001000"
                                     << "+33478001049" << qint64(50) << "04 78 00 10 00 à 49";
    QTest::newRow("final four digits, grouped") << "Tranche 04 78 00 10 00 à 10 99"
                                                << "+33478001000"
                                                << "+33478001099" << qint64(100) << "04 78 00 10 00 à 10 99";
    QTest::newRow("international") << "DDI +33 4 78 00 10 00 → +33 4 78 00 10 19"
                                   << "+33478001000"
                                   << "+33478001019" << qint64(20) << "+33 4 78 00 10 00 → +33 4 78 00 10 19";
    QTest::newRow("dash, named a block") << "Bloc SDA : 04 78 00 10 00 - 04 78 00 10 49"
                                         << "+33478001000"
                                         << "+33478001049" << qint64(50) << "04 78 00 10 00 - 04 78 00 10 49";
    QTest::newRow("overseas") << "SDA 0590 12 34 00 → 0590 12 34 99"
                              << "+590590123400"
                              << "+590590123499" << qint64(100) << "0590 12 34 00 → 0590 12 34 99";
}

void TestNumberBlock::notations()
{
    QFETCH(QString, text);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(qint64, count);
    QFETCH(QString, written);
    const QList<NumberBlock> blocks = blocksIn(text);
    QCOMPARE(blocks.size(), 1);
    QCOMPARE(blocks.first().first, first);
    QCOMPARE(blocks.first().last, last);
    QCOMPARE(blocks.first().count, count);
    QCOMPARE(blocks.first().text, written);
    QCOMPARE(text.mid(blocks.first().start, written.size()), written);
}

void TestNumberBlock::contains()
{
    const QList<NumberBlock> blocks = blocksIn(QStringLiteral("SDA 04 78 00 10 00 → 04 78 00 10 49"));
    QCOMPARE(blocks.size(), 1);
    const NumberBlock& b = blocks.first();
    QVERIFY(b.contains(QStringLiteral("+33478001000")));
    QVERIFY(b.contains(QStringLiteral("+33478001025")));
    QVERIFY(b.contains(QStringLiteral("+33478001049")));
    QVERIFY(!b.contains(QStringLiteral("+33478001050")));
    QVERIFY(!b.contains(QStringLiteral("+33478000999")));
    // Another length (an overseas number, a 14-digit one) is never inside.
    QVERIFY(!b.contains(QStringLiteral("+590478001025")));
    QVERIFY(!b.contains(QStringLiteral("+3347800102")));
}

void TestNumberBlock::hostileRangeIsNotABlock_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("every geographic number") << "SDA 01 00 00 00 00 → 05 99 99 99 99";
    QTest::newRow("a million numbers") << "SDA 04 78 00 00 00 → 04 78 99 99 99";
    QTest::newRow("one more than the cap") << "SDA 05 68 00 00 00 → 05 68 01 00 00";
    QTest::newRow("backwards") << "SDA 04 78 00 10 49 → 04 78 00 10 00";
    QTest::newRow("across countries") << "SDA 0590 12 34 00 → 04 78 00 10 00";
    QTest::newRow("an amount for final digits") << "Forfait 04 78 00 20 10 à 25,00 €";
    QTest::newRow("a duration for final digits") << "Appels 04 78 00 20 10 à 45 min";
    QTest::newRow("a dash in a list") << "Lignes : 01 62 12 34 56 - 01 62 12 34 58";
    QTest::newRow("a dash after Numéros") << "Vos numéros de ligne : 01 62 12 34 56 - 01 62 12 34 58";
    QTest::newRow("a slash in a list") << "Numéros : 01 62 12 34 56 / 01 62 12 34 90";
    QTest::newRow("a date on the next line") << "Standard 01 62 12 34 10\nau 31/12/2026";
    QTest::newRow("a time for final digits") << "Ligne 01 62 12 34 10 à 12:30";
}

void TestNumberBlock::hostileRangeIsNotABlock()
{
    QFETCH(QString, text);
    QCOMPARE(blocksIn(text).size(), 0);
}

void TestNumberBlock::hostileManyBlocks()
{
    // 5,000 blocks of the largest size: 50 million numbers if they were expanded. Bounds are
    // compared, never listed, so reading them and looking a number up stays quick.
    QString text;
    for (int i = 0; i < 5000; ++i) {
        // 04 10 00 00 00 → 04 10 00 99 99, …, 04 59 99 00 00 → 04 59 99 99 99
        text += QStringLiteral("SDA 04 %1 %2 00 00 → 04 %1 %2 99 99\n")
                    .arg(10 + i / 100)
                    .arg(i % 100, 2, 10, QLatin1Char('0'));
    }
    QElapsedTimer timer;
    timer.start();
    const QList<NumberBlock> blocks = blocksIn(text);
    QCOMPARE(blocks.size(), 5000);
    qint64 total = 0;
    for (const NumberBlock& b : blocks) {
        QVERIFY(b.count <= NumberBlock::kMaxCount);
        total += b.count;
    }
    QCOMPARE(total, qint64(50000000));
    int inside = 0;
    for (const NumberBlock& b : blocks)
        inside += b.contains(QStringLiteral("+33447195000")) ? 1 : 0;
    QCOMPARE(inside, 1);
    // Generous for a Debug build on a shared machine; expanding would take minutes and gigabytes.
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestNumberBlock)
#include "TestNumberBlock.moc"

#include "TextColumn.h"

#include <QTest>

using namespace Mandat;

class TestTextColumn : public QObject
{
    Q_OBJECT

private slots:
    void findMarksEveryRowOnce();
    void matchesNeverSpanTwoRows();
    void replaceAndRemoveKeepTheOthers();
    void agreesWithQStringContains();
};

namespace {
QList<int> found(const TextColumn& column, QByteArrayView needle)
{
    std::vector<char> hits(size_t(column.size()), 0);
    column.find(needle, hits);
    QList<int> rows;
    for (size_t r = 0; r < hits.size(); ++r)
        if (hits[r])
            rows.append(int(r));
    return rows;
}
} // namespace

void TestTextColumn::findMarksEveryRowOnce()
{
    TextColumn c;
    for (const char* t : { "boulangerie dupont\nsarl dupont", "", "garage martin", "dupont dupont dupont" })
        c.append(t);
    QCOMPARE(c.size(), 4);
    QCOMPARE(found(c, "dupont"), QList<int>({ 0, 3 }));
    QCOMPARE(found(c, "martin"), QList<int>({ 2 }));
    QCOMPARE(found(c, "absent"), QList<int>());
    QCOMPARE(found(c, ""), QList<int>({ 0, 1, 2, 3 }));
    QCOMPARE(c.at(1), QByteArrayView(""));
    QCOMPARE(c.at(2), QByteArrayView("garage martin"));
    QVERIFY(c.contains(0, "sarl"));
    QVERIFY(!c.contains(2, "sarl"));
}

void TestTextColumn::matchesNeverSpanTwoRows()
{
    // "ab" ends a row and "cd" starts the next: "bc" is in neither.
    TextColumn c;
    c.append("ab");
    c.append("cd");
    QCOMPARE(found(c, "bc"), QList<int>());
    // A NUL in a text cannot join two rows either: it is stored as a space.
    c.append(QByteArrayView("x\0y", 3));
    QCOMPARE(c.at(2), QByteArrayView("x y"));
    QCOMPARE(found(c, "dx"), QList<int>());
}

void TestTextColumn::replaceAndRemoveKeepTheOthers()
{
    TextColumn c;
    c.append("un");
    c.append("deux");
    c.append("trois");
    c.replace(1, "quatre-vingt-dix");
    QCOMPARE(c.at(0), QByteArrayView("un"));
    QCOMPARE(c.at(1), QByteArrayView("quatre-vingt-dix"));
    QCOMPARE(c.at(2), QByteArrayView("trois"));
    QCOMPARE(found(c, "trois"), QList<int>({ 2 }));
    c.replace(1, "x");
    QCOMPARE(found(c, "trois"), QList<int>({ 2 }));
    c.remove(0);
    QCOMPARE(c.size(), 2);
    QCOMPARE(c.at(0), QByteArrayView("x"));
    QCOMPARE(found(c, "trois"), QList<int>({ 1 }));
    c.remove(1);
    QCOMPARE(found(c, "x"), QList<int>({ 0 }));
    c.clear();
    QCOMPARE(c.size(), 0);
    QCOMPARE(found(c, "x"), QList<int>());
}

void TestTextColumn::agreesWithQStringContains()
{
    // Folded French (UTF-8 beyond ASCII: œ, ß survive folding) against QString::contains.
    const QStringList texts = { QStringLiteral("cœur de lion\nsas cœur"), QStringLiteral("straße 12"),
                                QStringLiteral("l'oeuf"), QStringLiteral("coeur") };
    TextColumn c;
    for (const QString& t : texts)
        c.append(t.toUtf8());
    for (const QString& needle : { QStringLiteral("cœur"), QStringLiteral("œ"), QStringLiteral("ß"),
                                   QStringLiteral("oe"), QStringLiteral("e 1"), QStringLiteral("\n") }) {
        QList<int> expected;
        for (int r = 0; r < texts.size(); ++r)
            if (texts.at(r).contains(needle))
                expected.append(r);
        QCOMPARE(found(c, needle.toUtf8()), expected);
    }
}

QTEST_GUILESS_MAIN(TestTextColumn)
#include "TestTextColumn.moc"

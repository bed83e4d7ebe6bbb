#include "core/Translations.h"
#include "model/DossierStatus.h"

#include <QDomDocument>
#include <QFile>
#include <QTest>

using namespace Mandat;

/*
 * Both translations are complete: every source string of the code has a finished French
 * and English translation, and the compiled catalogue is what the application loads.
 */
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
    void frenchLoaded();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("fr") << QStringLiteral(MANDATDESK_SOURCE_DIR "/translations/mandatdesk_fr.ts");
    QTest::newRow("en") << QStringLiteral(MANDATDESK_SOURCE_DIR "/translations/mandatdesk_en.ts");
}

void TestTranslations::complete()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
    QDomDocument doc;
    QVERIFY(doc.setContent(&f));
    const QDomNodeList messages = doc.elementsByTagName(QStringLiteral("message"));
    QVERIFY(messages.size() > 50);
    QStringList missing;
    for (int i = 0; i < messages.size(); ++i) {
        const QDomElement m = messages.at(i).toElement();
        const QString source = m.firstChildElement(QStringLiteral("source")).text();
        const QDomElement t = m.firstChildElement(QStringLiteral("translation"));
        const QString type = t.attribute(QStringLiteral("type"));
        if (type == QLatin1String("obsolete") || type == QLatin1String("vanished"))
            continue;
        bool empty = t.text().trimmed().isEmpty();
        const QDomNodeList forms = t.elementsByTagName(QStringLiteral("numerusform"));
        for (int n = 0; n < forms.size(); ++n)
            empty = empty || forms.at(n).toElement().text().trimmed().isEmpty();
        if (type == QLatin1String("unfinished") || empty)
            missing.append(source.left(60));
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 untranslated: %2")
                            .arg(missing.size())
                            .arg(missing.mid(0, 10).join(QStringLiteral(" | ")))));
}

void TestTranslations::frenchLoaded()
{
    QCOMPARE(Translations::install(QStringLiteral("fr")), QStringLiteral("fr"));
    QCOMPARE(DossierStatus::label(DossierStatus::Rejected), QStringLiteral("Rejeté"));
    QCOMPARE(DossierStatus::label(DossierStatus::NotSubmitted), QStringLiteral("Mandat non soumis"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"

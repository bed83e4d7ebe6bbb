#include "DossierFixtures.h"
#include "Fixtures.h"
#include "checks/SignatureInfo.h"
#include "documents/DateRoles.h"
#include "documents/DocumentReader.h"
#include "templates/FormFiller.h"
#include "templates/MandateFiller.h"
#include "templates/MandateGenerator.h"
#include "templates/MandateTemplate.h"
#include "templates/TemplateMapping.h"
#include "templates/TemplateValues.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Mandat;

/*
 * MandatDesk's own template and an AcroForm template made by another program
 * (Ghostscript, from tests/data/operator-form.ps): listed, filled, and read back.
 */
class TestTemplates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ownTemplateFields();
    void fillOwnTemplateWithTwelveNumbers();
    void fillRefusesUnknownField();
    void foreignTemplate();
    void annexPageForAForeignForm();
    void templateWithoutFields();
    void proposals_data();
    void proposals();
    void ownTemplateSignsOffWithoutAStraySpace();
    void ownTemplateAnnexOnlyWhenNeeded();

private:
    static QString pageText(const QByteArray& pdf);
    static MandateFiller::Result fillOwnTemplate(int numbers, QString* error);
    QTemporaryDir m_dir;
};

void TestTemplates::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString TestTemplates::pageText(const QByteArray& pdf)
{
    DocumentReader::Text text;
    QString error;
    DocumentReader::Options options;
    options.ocr = false;
    DocumentReader::read(pdf, options, &text, &error);
    return text.all();
}

void TestTemplates::ownTemplateFields()
{
    const QByteArray pdf = MandateGenerator::builtInTemplate();
    QVERIFY(!pdf.isEmpty());
    QString error;
    const QList<FormFiller::Field> fields = FormFiller::fields(pdf, &error);
    QHash<QString, FormFiller::Field> byName;
    for (const FormFiller::Field& f : fields)
        byName.insert(f.name, f);
    // Every value a dossier gives has its field, and nothing else but the signatures.
    for (const QString& key : TemplateValues::keys()) {
        QString name = key;
        name.replace(u'.', u'_');
        QVERIFY2(byName.contains(name), qPrintable(name));
        QCOMPARE(TemplateValues::keyForOwnField(name), key);
    }
    QCOMPARE(byName.value(QStringLiteral("use_agents")).type, QStringLiteral("checkbox"));
    QCOMPARE(byName.value(QStringLiteral("client_legal_name")).type, QStringLiteral("text"));
    QVERIFY(byName.value(QStringLiteral("numbers")).multiline);
    QCOMPARE(byName.value(QStringLiteral("client_signature")).type, QStringLiteral("signature"));
    QCOMPARE(byName.value(QStringLiteral("client_legal_name")).page, 1);
    QVERIFY(byName.value(QStringLiteral("numbers_annex")).page
            > byName.value(QStringLiteral("numbers")).page);
    QCOMPARE(fields.size(), TemplateValues::keys().size() + 2);
    // Unsigned signature fields are not signatures.
    QCOMPARE(SignatureInfo::countSigned(pdf), 0);
    // The mandate's own text is there.
    const QString text = pageText(pdf);
    QVERIFY(text.contains(QStringLiteral("Révocation")));
    QVERIFY(text.contains(QStringLiteral("2022-1583")));
}

void TestTemplates::fillOwnTemplateWithTwelveNumbers()
{
    const QByteArray pdf = MandateGenerator::builtInTemplate();
    const QMap<QString, QString> values
        = TemplateValues::build(DossierFixtures::mandateInput(12), MandateTemplate::kNumbersInBody);
    QCOMPARE(values.value(QStringLiteral("numbers")).split(u'\n').size(), MandateTemplate::kNumbersInBody);
    QCOMPARE(values.value(QStringLiteral("numbers_annex")).split(u'\n').size(),
             12 - MandateTemplate::kNumbersInBody);
    QMap<QString, QString> byField;
    for (auto it = values.begin(); it != values.end(); ++it)
        byField.insert(QString(it.key()).replace(u'.', u'_'), it.value());

    QByteArray filled;
    QString error;
    QVERIFY2(FormFiller::fill(pdf, byField, &filled, &error), qPrintable(error));
    QVERIFY(filled != pdf);

    const QMap<QString, QString> back = FormFiller::read(filled, &error);
    for (auto it = byField.begin(); it != byField.end(); ++it)
        QCOMPARE(back.value(it.key()), it.value());
    QCOMPARE(back.value(QStringLiteral("use_automated")), QStringLiteral("true"));
    QCOMPARE(back.value(QStringLiteral("use_agents")), QStringLiteral("false"));

    // The values are drawn (appearance streams): they are in the pages' text, accents too.
    const QString text = pageText(filled);
    for (const QString& expected :
         { u"Boulangeries Réunies SAS"_qs, u"Élodie Durand"_qs, u"12 rue de l'Été"_qs, u"01 62 12 34 10"_qs,
           u"01 62 12 34 21"_qs, u"518 452 750"_qs, u"1 décembre 2026"_qs })
        QVERIFY2(text.contains(expected), qPrintable(expected));
    // The 12th number is on the annex page, not in the body.
    DocumentReader::Text pages;
    DocumentReader::Options options;
    options.ocr = false;
    DocumentReader::read(filled, options, &pages, &error);
    QVERIFY(!pages.pages.first().contains(QStringLiteral("01 62 12 34 21")));
    QVERIFY(pages.pages.last().contains(QStringLiteral("01 62 12 34 21")));
}

void TestTemplates::fillRefusesUnknownField()
{
    QByteArray filled;
    QString error;
    QVERIFY(!FormFiller::fill(MandateGenerator::builtInTemplate(),
                              { { QStringLiteral("no_such_field"), QStringLiteral("x") } }, &filled, &error));
    QVERIFY(error.contains(QStringLiteral("no_such_field")));
    QVERIFY(filled.isEmpty());
}

void TestTemplates::foreignTemplate()
{
    // Ghostscript writes the form from a PostScript description: another producer's PDF.
    const QByteArray pdf = Fixtures::operatorForm(m_dir.filePath(QStringLiteral("operator.pdf")));
    QVERIFY2(!pdf.isEmpty(), "Ghostscript (gs) is needed to make the foreign template");
    QVERIFY(pdf.contains("Ghostscript") || !pdf.contains("MandatDesk"));

    QString error;
    const QList<FormFiller::Field> fields = FormFiller::fields(pdf, &error);
    QStringList names;
    for (const FormFiller::Field& field : fields)
        names.append(field.name);
    QCOMPARE(names, (QStringList { "Denomination", "SIREN_titulaire", "Numeros", "Prestataire", "Lieu" }));
    // MandatDesk proposes the mapping from the names and labels.
    const QMap<QString, QString> proposed = TemplateMapping::propose(fields);
    QCOMPARE(proposed.value(QStringLiteral("Denomination")), QStringLiteral("client.legal_name"));
    QCOMPARE(proposed.value(QStringLiteral("SIREN_titulaire")), QStringLiteral("client.siren"));
    QCOMPARE(proposed.value(QStringLiteral("Numeros")), QStringLiteral("numbers"));
    QCOMPARE(proposed.value(QStringLiteral("Prestataire")), QStringLiteral("provider.legal_name"));
    QCOMPARE(proposed.value(QStringLiteral("Lieu")), QStringLiteral("place"));

    const QMap<QString, QString> values {
        { QStringLiteral("Denomination"), QStringLiteral("Société Générale des Eaux") },
        { QStringLiteral("SIREN_titulaire"), QStringLiteral("518 452 750") },
        { QStringLiteral("Numeros"), QStringLiteral("01 62 12 34 56\n0590 12 34 56") },
        { QStringLiteral("Lieu"), QStringLiteral("Pointe-à-Pitre") }
    };
    QByteArray filled;
    QVERIFY2(FormFiller::fill(pdf, values, &filled, &error), qPrintable(error));
    const QMap<QString, QString> back = FormFiller::read(filled, &error);
    for (auto it = values.begin(); it != values.end(); ++it)
        QCOMPARE(back.value(it.key()), it.value());
    QVERIFY(back.value(QStringLiteral("Prestataire")).isEmpty());
    const QString text = pageText(filled);
    QVERIFY2(text.contains(QStringLiteral("Société Générale des Eaux")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Pointe-à-Pitre")), qPrintable(text));
}

void TestTemplates::annexPageForAForeignForm()
{
    MandateFiller::Request request;
    request.templatePdf = Fixtures::operatorForm(m_dir.filePath(QStringLiteral("operator-annex.pdf")));
    QVERIFY(!request.templatePdf.isEmpty());
    request.input = DossierFixtures::mandateInput(12);
    QString error;
    request.mapping = TemplateMapping::propose(FormFiller::fields(request.templatePdf, &error));
    // The "Numeros" field is 95 points high in 9-point type: 8 lines, 7 numbers and a pointer.
    QCOMPARE(MandateFiller::lineCapacity(request.templatePdf, QStringLiteral("Numeros")), 8);
    MandateFiller::Result result;
    QVERIFY2(MandateFiller::fill(request, &result, &error), qPrintable(error));
    QCOMPARE(result.annexPages, 1);
    const QMap<QString, QString> back = FormFiller::read(result.pdf, &error);
    const QStringList lines = back.value(QStringLiteral("Numeros")).split(u'\n');
    QCOMPARE(lines.size(), 8);
    QVERIFY(lines.last().contains(QStringLiteral("annex")));
    DocumentReader::Text text;
    DocumentReader::Options noOcr;
    noOcr.ocr = false;
    DocumentReader::read(result.pdf, noOcr, &text, &error);
    QCOMPARE(text.pageCount, 2);
    for (int i = 17; i <= 21; ++i)
        QVERIFY2(text.pages.at(1).contains(QStringLiteral("01 62 12 34 %1").arg(i)),
                 qPrintable(text.pages.at(1)));
    QVERIFY(!text.pages.at(1).contains(QStringLiteral("01 62 12 34 16")));
}

void TestTemplates::templateWithoutFields()
{
    MandateFiller::Request request;
    request.templatePdf
        = Fixtures::textPdf({ QStringLiteral("MANDAT (modèle sans champs)\n\nDénomination :\n\nSIREN "
                                             ":\n\nNuméros :") });
    request.input = DossierFixtures::mandateInput(3);
    MandateFiller::Result result;
    QString error;
    // No field and no placement: the user is told what to do.
    QVERIFY(!MandateFiller::fill(request, &result, &error));
    QVERIFY(!error.isEmpty());
    MandateFiller::Placement name;
    QVERIFY(MandateFiller::parsePlacement(QStringLiteral("client.legal_name"), QStringLiteral("1,200,80,11"),
                                          &name));
    MandateFiller::Placement siren;
    QVERIFY(
        MandateFiller::parsePlacement(QStringLiteral("client.siren"), QStringLiteral("1,200,115"), &siren));
    MandateFiller::Placement numbers;
    QVERIFY(
        MandateFiller::parsePlacement(QStringLiteral("numbers"), QStringLiteral("1,200,150,9"), &numbers));
    MandateFiller::Placement bad;
    QVERIFY(!MandateFiller::parsePlacement(QStringLiteral("numbers"), QStringLiteral("0,1,2"), &bad));
    QVERIFY(!MandateFiller::parsePlacement(QStringLiteral("numbers"), QStringLiteral("1,x,2"), &bad));
    request.placements = { name, siren, numbers };
    error.clear();
    QVERIFY2(MandateFiller::fill(request, &result, &error), qPrintable(error));
    QCOMPARE(result.valuesPlaced, 3);
    DocumentReader::Text text;
    DocumentReader::Options noOcr;
    noOcr.ocr = false;
    QCOMPARE(DocumentReader::read(result.pdf, noOcr, &text, &error), DocumentReader::Failure::None);
    QCOMPARE(text.pageCount, 1);
    for (const QString& expected :
         { u"Boulangeries Réunies SAS"_qs, u"518 452 750"_qs, u"01 62 12 34 12"_qs, u"Dénomination"_qs })
        QVERIFY2(text.pages.first().contains(expected),
                 qPrintable(expected + u" / "_qs + text.pages.first()));
    // A placement past the last page is refused with a reason.
    numbers.page = 4;
    request.placements = { numbers };
    QVERIFY(!MandateFiller::fill(request, &result, &error));
    QVERIFY(error.contains(QStringLiteral("4")));
}

void TestTemplates::proposals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("key");
    QTest::newRow("raison sociale") << "txt1"
                                    << "Raison sociale du mandant"
                                    << "text"
                                    << "client.legal_name";
    QTest::newRow("camel case") << "nomSocieteClient"
                                << ""
                                << "text"
                                << "client.legal_name";
    QTest::newRow("provider siret") << "siret_prestataire"
                                    << ""
                                    << "text"
                                    << "provider.siren";
    QTest::newRow("address") << "Adresse"
                             << "Adresse du siège du titulaire"
                             << "text"
                             << "client.address";
    QTest::newRow("representative") << "signataire"
                                    << "Nom du signataire"
                                    << "text"
                                    << "client.representative_name";
    QTest::newRow("title") << "qualite"
                           << "Qualité du signataire"
                           << "text"
                           << "client.representative_title";
    QTest::newRow("phone lines") << "lignes"
                                 << "Numéros de téléphone concernés"
                                 << "text"
                                 << "numbers";
    QTest::newRow("date") << "date_signature"
                          << ""
                          << "text"
                          << "date";
    QTest::newRow("start") << "dateEffet"
                           << "Date de prise d'effet"
                           << "text"
                           << "start_date";
    QTest::newRow("automated box") << "case2"
                                   << "Appels par systèmes automatisés"
                                   << "checkbox"
                                   << "use.automated";
    QTest::newRow("agents box") << "case1"
                                << "Appels par téléconseillers"
                                << "checkbox"
                                << "use.agents";
    QTest::newRow("signature") << "sig"
                               << "Signature du titulaire"
                               << "signature"
                               << "";
    QTest::newRow("unknown") << "Text12"
                             << ""
                             << "text"
                             << "";
}

void TestTemplates::proposals()
{
    QFETCH(QString, name);
    QFETCH(QString, label);
    QFETCH(QString, type);
    QFETCH(QString, key);
    FormFiller::Field f;
    f.name = name;
    f.tooltip = label;
    f.type = type;
    QCOMPARE(TemplateMapping::proposeFor(f), key);
}

MandateFiller::Result TestTemplates::fillOwnTemplate(int numbers, QString* error)
{
    MandateFiller::Request request;
    request.templatePdf = MandateGenerator::builtInTemplate();
    request.input = DossierFixtures::mandateInput(numbers);
    request.mapping = TemplateMapping::propose(FormFiller::fields(request.templatePdf, error));
    MandateFiller::Result result;
    if (!MandateFiller::fill(request, &result, error))
        result.pdf.clear();
    return result;
}

void TestTemplates::ownTemplateSignsOffWithoutAStraySpace()
{
    // Issue 14: "Fait à Paris , le": the comma stood apart from the place written in its box.
    QString error;
    const MandateFiller::Result filled = fillOwnTemplate(2, &error);
    QVERIFY2(!filled.pdf.isEmpty(), qPrintable(error));
    QByteArray flat;
    QVERIFY2(FormFiller::flatten(filled.pdf, &flat, &error), qPrintable(error));
    for (const QByteArray& pdf : { filled.pdf, flat }) {
        const QString text = pageText(pdf);
        // The signing date is read back from "Fait à …", its place and date together.
        const DateRoles::Result signedOn = DateRoles::issueDate(text, Document::Kind::SignedMandate);
        QCOMPARE(signedOn.date, QDate(2026, 11, 23));
        QVERIFY2(signedOn.snippet.startsWith(QStringLiteral("Fait à Nantes")), qPrintable(signedOn.snippet));
        QVERIFY2(!signedOn.snippet.contains(QRegularExpression(QStringLiteral("\\s[,;:.]"))),
                 qPrintable(signedOn.snippet));
    }
}

void TestTemplates::ownTemplateAnnexOnlyWhenNeeded()
{
    // Issue 14: an empty annex page was always printed after our mandate.
    QString error;
    DocumentReader::Options noOcr;
    noOcr.ocr = false;
    DocumentReader::Text blank;
    QCOMPARE(DocumentReader::read(MandateGenerator::builtInTemplate(), noOcr, &blank, &error),
             DocumentReader::Failure::None);
    const int annexPages = int(std::count_if(blank.pages.cbegin(), blank.pages.cend(), [](const QString& p) {
        return p.contains(QStringLiteral("ANNEXE"));
    }));
    QCOMPARE(annexPages, 1);

    // As many numbers as the body holds: no annex.
    const int inBody
        = MandateFiller::lineCapacity(MandateGenerator::builtInTemplate(), QStringLiteral("numbers"));
    QVERIFY(inBody >= MandateTemplate::kNumbersInBody);
    const MandateFiller::Result few = fillOwnTemplate(inBody, &error);
    QVERIFY2(!few.pdf.isEmpty(), qPrintable(error));
    DocumentReader::Text text;
    QCOMPARE(DocumentReader::read(few.pdf, noOcr, &text, &error), DocumentReader::Failure::None);
    QCOMPARE(text.pageCount, blank.pageCount - annexPages);
    QVERIFY(!text.all().contains(QStringLiteral("ANNEXE")));
    const QMap<QString, QString> values = FormFiller::read(few.pdf, &error);
    QCOMPARE(values.value(QStringLiteral("client_legal_name")), QStringLiteral("Boulangeries Réunies SAS"));
    QVERIFY(!values.contains(QStringLiteral("numbers_annex")));
    QVERIFY2(text.all().contains(QStringLiteral("01 62 12 34 %1").arg(10 + inBody - 1)),
             qPrintable(text.all()));
    QByteArray flat; // still a form a viewer or the flattening reads
    QVERIFY2(FormFiller::flatten(few.pdf, &flat, &error), qPrintable(error));

    // One more: the annex page, with it.
    const MandateFiller::Result many = fillOwnTemplate(inBody + 1, &error);
    QVERIFY2(!many.pdf.isEmpty(), qPrintable(error));
    QCOMPARE(DocumentReader::read(many.pdf, noOcr, &text, &error), DocumentReader::Failure::None);
    QCOMPARE(text.pageCount, blank.pageCount);
    QVERIFY(text.pages.last().contains(QStringLiteral("ANNEXE")));
    QVERIFY(text.pages.last().contains(QStringLiteral("01 62 12 34 %1").arg(10 + inBody)));
}

QTEST_MAIN(TestTemplates)
#include "TestTemplates.moc"

#include "DossierFixtures.h"
#include "Fixtures.h"
#include "templates/FormFiller.h"
#include "templates/MandateFiller.h"
#include "templates/MandateGenerator.h"
#include "templates/PdfAppearances.h"
#include "templates/TemplateMapping.h"
#include "templates/TemplateValues.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cstring>
#include <poppler-form.h>
#include <poppler-qt6.h>
#include <qpdf/Buffer.hh>
#include <qpdf/BufferInputSource.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAcroFormDocumentHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

using namespace Mandat;

/*
 * A filled mandate carries what it looks like: every text field has an appearance stream
 * showing its value, accents and line breaks included, so a viewer that ignores
 * /NeedAppearances (Aperçu) or draws no field (QtPdf) still shows it. Checked with qpdf
 * (the file's own objects) and rendered by Poppler; the flattened copy has no field left.
 */
class TestPdfAppearances : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ownTemplateEveryFieldDrawn();
    void numbersOneLineEach();
    void flattenLeavesNoField();
    void operatorFormWithAnnex();
    void fontWithoutNamedEncoding();
    void staleAppearancesReplaced();
    void errorsAreMessages();

private:
    static QByteArray filledOwnTemplate(int numbers);
    static QByteArray operatorForm(const QString& dir);
    QTemporaryDir m_dir;
};

namespace {
// qpdf reads objects lazily from its input: it gets a copy it owns, so a temporary's bytes
// may go away (processMemoryFile would keep pointing at them).
std::unique_ptr<QPDF> load(const QByteArray& pdf)
{
    auto* copy = new Buffer(size_t(pdf.size()));
    std::memcpy(copy->getBuffer(), pdf.constData(), size_t(pdf.size()));
    auto qpdf = std::make_unique<QPDF>();
    qpdf->setSuppressWarnings(true);
    qpdf->processInputSource(std::make_shared<BufferInputSource>("test", copy, true));
    return qpdf;
}

QByteArray save(QPDF& qpdf)
{
    QPDFWriter writer(qpdf);
    writer.setOutputMemory();
    writer.write();
    const auto buffer = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char*>(buffer->getBuffer()), qsizetype(buffer->getSize()));
}

struct TextFields
{
    int count = 0;
    QStringList withoutAppearance;
};

// The text fields of a PDF, and those without a normal appearance stream (qpdf's view of the file).
TextFields textFields(const QByteArray& pdf)
{
    TextFields out;
    const auto qpdf = load(pdf);
    QPDFAcroFormDocumentHelper form(*qpdf);
    for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(*qpdf).getAllPages()) {
        for (QPDFAnnotationObjectHelper& widget : form.getWidgetAnnotationsForPage(page)) {
            QPDFFormFieldObjectHelper field = form.getFieldForAnnotation(widget);
            if (field.getFieldType() != "/Tx")
                continue;
            ++out.count;
            if (!widget.getAppearanceStream("/N").isStream())
                out.withoutAppearance.append(QString::fromStdString(field.getFullyQualifiedName()));
        }
    }
    return out;
}

// What a viewer that ignores /NeedAppearances shows: the file's own appearances drawn into
// the pages by qpdf, none made.
QByteArray asDrawnByTheFile(const QByteArray& pdf)
{
    const auto qpdf = load(pdf);
    QPDFAcroFormDocumentHelper form(*qpdf);
    if (form.hasAcroForm())
        form.setNeedAppearances(false);
    QPDFPageDocumentHelper(*qpdf).flattenAnnotations();
    return save(*qpdf);
}

QString popplerText(const QByteArray& pdf, int page = 0)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc || page >= doc->numPages())
        return {};
    return doc->page(page)->text(QRectF());
}

QString allText(const QByteArray& pdf)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    QString out;
    for (int i = 0; doc && i < doc->numPages(); ++i)
        out += doc->page(i)->text(QRectF()) + u'\n';
    return out;
}
} // namespace

void TestPdfAppearances::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QByteArray TestPdfAppearances::filledOwnTemplate(int numbers)
{
    MandateFiller::Request request;
    request.templatePdf = MandateGenerator::builtInTemplate();
    request.input = DossierFixtures::mandateInput(numbers);
    QString error;
    for (const FormFiller::Field& f : FormFiller::fields(request.templatePdf, &error)) {
        const QString key = TemplateValues::keyForOwnField(f.name);
        if (!key.isEmpty())
            request.mapping.insert(f.name, key);
    }
    MandateFiller::Result result;
    if (!MandateFiller::fill(request, &result, &error))
        qWarning() << error;
    return result.pdf;
}

QByteArray TestPdfAppearances::operatorForm(const QString& dir)
{
    return Fixtures::operatorForm(dir + QStringLiteral("/operator.pdf"));
}

void TestPdfAppearances::ownTemplateEveryFieldDrawn()
{
    const QByteArray filled = filledOwnTemplate(3);
    QVERIFY(!filled.isEmpty());
    // Every text field of the file has its appearance, the empty ones too; the numbers' annex
    // is left out with its page, empty for 3 numbers.
    const TextFields fields = textFields(filled);
    QCOMPARE(fields.count, textFields(MandateGenerator::builtInTemplate()).count - 1);
    QVERIFY2(fields.withoutAppearance.isEmpty(), qPrintable(fields.withoutAppearance.join(u' ')));
    QVERIFY(!QPDFAcroFormDocumentHelper(*load(filled)).getNeedAppearances());

    // Those appearances show the values, accents included, where a viewer draws only what
    // the file carries (Aperçu) and where Poppler draws it.
    for (const QByteArray& pdf : { asDrawnByTheFile(filled), filled }) {
        const QString text = popplerText(pdf).simplified();
        for (const QString& expected :
             { u"Boulangeries Réunies SAS"_qs, u"518 452 750"_qs, u"Élodie Durand"_qs, u"12 rue de l'Été"_qs,
               u"Présidente"_qs, u"Campagne fidélité 2027"_qs, u"01 62 12 34 10 (+33162123410)"_qs,
               u"01 62 12 34 12"_qs, u"1 décembre 2026"_qs, u"Centre d'Appels de l'Ouest SARL"_qs })
            QVERIFY2(text.contains(expected), qPrintable(expected + u" / "_qs + text));
    }
    // The usage box is ticked: its "on" appearance is drawn, the other box's "off" one.
    QString error;
    QCOMPARE(FormFiller::read(filled, &error).value(QStringLiteral("use_automated")), QStringLiteral("true"));

    // Drawn, not only in the text layer: the client's name box has ink where the template's is blank.
    std::unique_ptr<Poppler::Document> blank
        = Poppler::Document::loadFromData(asDrawnByTheFile(MandateGenerator::builtInTemplate()));
    std::unique_ptr<Poppler::Document> drawn = Poppler::Document::loadFromData(asDrawnByTheFile(filled));
    std::unique_ptr<Poppler::Document> withFields
        = Poppler::Document::loadFromData(MandateGenerator::builtInTemplate());
    QRectF box;
    for (const auto& f : withFields->page(0)->formFields()) {
        if (f->fullyQualifiedName() == QLatin1String("client_legal_name"))
            box = f->rect();
    }
    QVERIFY(!box.isEmpty());
    auto darkPixels = [&box](const QImage& page) {
        const QRect r(int(box.left() * page.width()), int(box.top() * page.height()),
                      int(box.width() * page.width()), int(box.height() * page.height()));
        int dark = 0;
        for (int y = r.top() + 2; y < r.bottom() - 2; ++y)
            for (int x = r.left() + 2; x < r.right() - 2; ++x)
                dark += qGray(page.pixel(x, y)) < 100;
        return dark;
    };
    QCOMPARE(darkPixels(blank->page(0)->renderToImage(100, 100)), 0);
    QVERIFY(darkPixels(drawn->page(0)->renderToImage(100, 100)) > 50);
}

void TestPdfAppearances::numbersOneLineEach()
{
    // qpdf draws a value on one line; a multi-line field gets one line per number, top down.
    const QByteArray filled = asDrawnByTheFile(filledOwnTemplate(4));
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(filled);
    QVERIFY(doc);
    QList<QRectF> boxes;
    for (const auto& word : doc->page(0)->textList()) {
        for (int i = 0; i < 4; ++i) {
            if (word->text() == QStringLiteral("(+331621234%1)").arg(10 + i))
                boxes.append(word->boundingBox());
        }
    }
    QCOMPARE(boxes.size(), 4);
    for (int i = 1; i < 4; ++i) {
        QVERIFY(boxes.at(i).top() >= boxes.at(i - 1).bottom() - 1); // below the one before
        QCOMPARE(qRound(boxes.at(i).left()), qRound(boxes.at(0).left())); // same column
    }
}

void TestPdfAppearances::flattenLeavesNoField()
{
    const QByteArray filled = filledOwnTemplate(12);
    QByteArray flat;
    QString error;
    QVERIFY2(FormFiller::flatten(filled, &flat, &error), qPrintable(error));
    QVERIFY(flat != filled);
    QVERIFY(FormFiller::fields(flat, &error).isEmpty());
    QVERIFY(error.isEmpty());
    const auto qpdf = load(flat);
    QVERIFY(!QPDFAcroFormDocumentHelper(*qpdf).hasAcroForm());
    for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(*qpdf).getAllPages())
        QVERIFY(page.getAnnotations("/Widget").empty());
    // The values are in the pages' content now: Poppler extracts them with no form to read.
    const QString page1 = popplerText(flat, 0).simplified();
    for (const QString& expected : { u"Boulangeries Réunies SAS"_qs, u"518 452 750"_qs, u"Élodie Durand"_qs,
                                     u"01 62 12 34 10"_qs, u"1 décembre 2026"_qs })
        QVERIFY2(page1.contains(expected), qPrintable(expected + u" / "_qs + page1));
    QVERIFY(allText(flat).contains(QStringLiteral("01 62 12 34 21"))); // the annex field, page 2

    // A value longer than its box is cut at the box's edge, as it is unflattened: still a copy.
    QByteArray longName;
    const QString name
        = QStringLiteral("Société Coopérative Agricole des Producteurs de Fruits et Légumes de la "
                         "Vallée de la Loire et de ses Affluents Réunis");
    QVERIFY(FormFiller::fill(MandateGenerator::builtInTemplate(),
                             { { QStringLiteral("client_legal_name"), name } }, &longName, &error));
    QVERIFY2(FormFiller::flatten(longName, &flat, &error), qPrintable(error));
    QVERIFY(popplerText(flat).contains(QStringLiteral("Société Coopérative Agricole")));

    // A PDF without a form has nothing to flatten and comes back as it is.
    const QByteArray plain = Fixtures::textPdf({ QStringLiteral("Facture") });
    QVERIFY(FormFiller::flatten(plain, &flat, &error));
    QCOMPARE(flat, plain);
    QVERIFY(PdfAppearances::flatten(plain, &flat, &error));
    QCOMPARE(flat, plain);
}

void TestPdfAppearances::operatorFormWithAnnex()
{
    // Another producer's form (Ghostscript), more numbers than its box holds: an annex page
    // is merged after the form, and the form's appearances survive the merge.
    MandateFiller::Request request;
    request.templatePdf = operatorForm(m_dir.path());
    QVERIFY(!request.templatePdf.isEmpty());
    QCOMPARE(textFields(request.templatePdf).withoutAppearance.size(), 5);
    request.input = DossierFixtures::mandateInput(12);
    request.input.dossier.client.legalName = QStringLiteral("Société Générale des Eaux");
    QString error;
    request.mapping = TemplateMapping::propose(FormFiller::fields(request.templatePdf, &error));
    MandateFiller::Result result;
    QVERIFY2(MandateFiller::fill(request, &result, &error), qPrintable(error));
    QCOMPARE(result.annexPages, 1);
    const TextFields fields = textFields(result.pdf);
    QCOMPARE(fields.count, 5);
    QVERIFY2(fields.withoutAppearance.isEmpty(), qPrintable(fields.withoutAppearance.join(u' ')));
    const QString text = popplerText(asDrawnByTheFile(result.pdf)).simplified();
    for (const QString& expected : { u"Société Générale des Eaux"_qs, u"518 452 750"_qs, u"01 62 12 34 10"_qs,
                                     u"01 62 12 34 16"_qs, u"see the annex"_qs })
        QVERIFY2(text.contains(expected), qPrintable(expected + u" / "_qs + text));
}

void TestPdfAppearances::fontWithoutNamedEncoding()
{
    // Acrobat's forms give /Helv an /Encoding dictionary: qpdf would write the value in ASCII
    // ("Soci?t?"). The field is given a Helvetica in WinAnsiEncoding instead.
    const auto qpdf = load(MandateGenerator::builtInTemplate());
    QPDFObjectHandle helv = qpdf->getRoot().getKey("/AcroForm").getKey("/DR").getKey("/Font").getKey("/Helv");
    QVERIFY(helv.isDictionary());
    helv.replaceKey("/Encoding",
                    QPDFObjectHandle::parse("<< /Type /Encoding /Differences [ 24 /breve /caron ] >>"));
    const QByteArray form = save(*qpdf);
    QByteArray filled;
    QString error;
    QVERIFY2(FormFiller::fill(
                 form,
                 { { QStringLiteral("client_legal_name"), QStringLiteral("Société Générale des Eaux") },
                   { QStringLiteral("client_siren"), QStringLiteral("518 452 750") } },
                 &filled, &error),
             qPrintable(error));
    const QString text = popplerText(asDrawnByTheFile(filled));
    QVERIFY2(text.contains(QStringLiteral("Société Générale des Eaux")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("518 452 750")));
    QVERIFY(!text.contains(u'?'));
}

void TestPdfAppearances::staleAppearancesReplaced()
{
    // A form whose fields already have appearances showing other values (as a viewer or
    // Poppler may have left them), and that says they are current: all are made again. One
    // keeps its own drawing (a yellow background) around qpdf's text section; the other has
    // no such section and is replaced whole.
    const auto qpdf = load(MandateGenerator::builtInTemplate());
    QPDFAcroFormDocumentHelper form(*qpdf);
    for (QPDFFormFieldObjectHelper& field : form.getFormFields()) {
        const std::string name = field.getFullyQualifiedName();
        if (name != "client_legal_name" && name != "client_siren")
            continue;
        QPDFObjectHandle widget = field.getObjectHandle();
        const QPDFObjectHandle::Rectangle r = widget.getKey("/Rect").getArrayAsRectangle();
        const std::string box = "0 0 " + std::to_string(r.urx - r.llx) + " " + std::to_string(r.ury - r.lly);
        const std::string content = name == "client_legal_name"
            ? "1 1 0 rg " + box + " re f /Tx BMC BT /Helv 9 Tf 2 4 Td (OLD NAME) Tj ET EMC"
            : "BT /Helv 9 Tf 2 4 Td (OLD SIREN) Tj ET";
        QPDFObjectHandle stream = qpdf->newStream(content);
        stream.replaceDict(
            QPDFObjectHandle::parse("<< /Type /XObject /Subtype /Form /BBox [" + box
                                    + "] /Resources << /Font << /Helv << /Type /Font /Subtype "
                                      "/Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >> "
                                      ">> >> >>"));
        widget.replaceKey("/AP", QPDFObjectHandle::parse("<< >>"));
        widget.getKey("/AP").replaceKey("/N", stream);
        field.setV(name == "client_legal_name" ? std::string("Nouvelle Société") : std::string("518 452 750"),
                   false);
    }
    form.setNeedAppearances(false);
    const QByteArray stale = save(*qpdf);
    QVERIFY(popplerText(asDrawnByTheFile(stale)).contains(QStringLiteral("OLD NAME")));

    QByteArray drawn;
    QString error;
    QVERIFY2(PdfAppearances::generateAppearances(stale, &drawn, &error), qPrintable(error));
    const QByteArray shown = asDrawnByTheFile(drawn);
    const QString text = popplerText(shown);
    QVERIFY2(text.contains(QStringLiteral("Nouvelle Société")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("518 452 750")));
    QVERIFY(!text.contains(QStringLiteral("OLD")));
    QVERIFY(textFields(drawn).withoutAppearance.isEmpty());
    // The yellow background outside the text section is still drawn.
    const QImage page = Poppler::Document::loadFromData(shown)->page(0)->renderToImage(72, 72);
    bool yellow = false;
    for (int y = 0; y < page.height() && !yellow; ++y)
        for (int x = 0; x < page.width() && !yellow; ++x)
            yellow = page.pixel(x, y) == qRgb(255, 255, 0);
    QVERIFY(yellow);
}

void TestPdfAppearances::errorsAreMessages()
{
    // qpdf throws; nothing gets out but a message.
    QByteArray out;
    QString error;
    QVERIFY(!PdfAppearances::generateAppearances(QByteArray("not a PDF at all"), &out, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!PdfAppearances::flatten(QByteArray("%PDF-1.4\ngarbage"), &out, &error));
    QVERIFY(!error.isEmpty());
    // A PDF without a form needs no appearance and comes back unchanged.
    const QByteArray plain = Fixtures::textPdf({ QStringLiteral("x") });
    QVERIFY(PdfAppearances::generateAppearances(plain, &out, &error));
    QCOMPARE(out, plain);
}

QTEST_MAIN(TestPdfAppearances)
#include "TestPdfAppearances.moc"

// libmandatdesk_pdfforms.so: what PdfAppearances asks of libqpdf, loaded the first time a form
// is filled or flattened, so that the window and the CLI do not map qpdf until then.
#include "PdfAppearances.h"
#include "core/Logging.h"

#include <QRegularExpression>
#include <exception>
#include <memory>
#include <qpdf/Buffer.hh>
#include <qpdf/Constants.h>
#include <qpdf/Pl_QPDFTokenizer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAcroFormDocumentHelper.hh>
#include <qpdf/QPDFAnnotationObjectHelper.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFFormFieldObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <qpdf/QUtil.hh>
#include <string>
#include <vector>

namespace Mandat {

namespace {
using Token = QPDFTokenizer::Token;

// The font given to fields whose own font cannot show their value (see useEncodableFont).
const std::string kFallbackFont = "/MandatHelv";
// Line height of multi-line fields, in font sizes: the one MandateFiller::lineCapacity counts with.
constexpr double kLeading = 1.16;

std::string number(double v)
{
    return QByteArray::number(v, 'f', 2).toStdString();
}

bool isAscii(const std::string& s)
{
    for (const char c : s) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

// The tokens of a bit of content (a /DA string): qpdf's own lexer, no hand-made parsing.
class TokenList final : public QPDFObjectHandle::TokenFilter
{
public:
    void handleToken(const Token& token) override
    {
        if (token.getType() != QPDFTokenizer::tt_eof)
            tokens.push_back(token);
    }
    std::vector<Token> tokens;
};

std::vector<Token> tokenize(const std::string& content)
{
    TokenList list;
    Pl_QPDFTokenizer tokenizer("default appearance", &list);
    tokenizer.writeString(content);
    tokenizer.finish();
    return list.tokens;
}

// The font resource name a /DA selects ("/Helv" in "/Helv 9 Tf 0 g"), or empty.
std::string fontNameOf(const std::string& da)
{
    std::string name;
    std::string lastName;
    for (const Token& t : tokenize(da)) {
        if (t.getType() == QPDFTokenizer::tt_name)
            lastName = t.getValue();
        else if (t.isWord("Tf"))
            name = lastName;
    }
    return name;
}

// The /DA with its font replaced by `font` (added in front when it names none).
std::string withFont(const std::string& da, const std::string& font)
{
    const std::vector<Token> tokens = tokenize(da);
    int tf = -1;
    int name = -1;
    for (int i = 0; i < int(tokens.size()); ++i) {
        if (tokens.at(size_t(i)).getType() == QPDFTokenizer::tt_name)
            name = i;
        else if (tokens.at(size_t(i)).isWord("Tf"))
            tf = i;
    }
    if (tf < 0 || name < 0 || name > tf)
        return font + " 0 Tf " + da;
    std::string out;
    for (int i = 0; i < int(tokens.size()); ++i)
        out += i == name ? font : tokens.at(size_t(i)).getRawValue();
    return out;
}

QPDFObjectHandle fontIn(QPDFObjectHandle resources, const std::string& name)
{
    if (name.empty() || !resources.isDictionary())
        return QPDFObjectHandle::newNull();
    QPDFObjectHandle fonts = resources.getKey("/Font");
    return fonts.isDictionary() ? fonts.getKey(name) : QPDFObjectHandle::newNull();
}

// qpdf converts a value to the font's encoding only when the font names WinAnsiEncoding or
// MacRomanEncoding; anything else (an /Encoding dictionary, as Acrobat's /Helv has, or no
// font at all) gets plain ASCII and every accent becomes '?'.
bool qpdfCanEncode(QPDFObjectHandle font)
{
    if (!font.isDictionary() || !font.getKey("/Encoding").isName())
        return false;
    const std::string encoding = font.getKey("/Encoding").getName();
    return encoding == "/WinAnsiEncoding" || encoding == "/MacRomanEncoding";
}

// Points a field whose value has accents its font cannot show to a standard Helvetica in
// WinAnsiEncoding (every French letter, œ and the euro sign included), added to the form's
// default resources.
void useEncodableFont(QPDF& qpdf, QPDFFormFieldObjectHelper& field, QPDFAnnotationObjectHelper& widget)
{
    const std::string value = field.getValueAsString();
    if (isAscii(value))
        return;
    const std::string da = field.getDefaultAppearance();
    const std::string name = fontNameOf(da);
    QPDFObjectHandle font;
    QPDFObjectHandle normal = widget.getAppearanceStream("/N");
    if (normal.isStream())
        font = fontIn(normal.getDict().getKey("/Resources"), name);
    if (!font.isDictionary())
        font = fontIn(field.getDefaultResources(), name);
    if (qpdfCanEncode(font))
        return;

    QPDFObjectHandle acroForm = qpdf.getRoot().getKey("/AcroForm");
    if (!acroForm.getKey("/DR").isDictionary())
        acroForm.replaceKey("/DR", QPDFObjectHandle::newDictionary());
    QPDFObjectHandle dr = acroForm.getKey("/DR");
    if (!dr.getKey("/Font").isDictionary())
        dr.replaceKey("/Font", QPDFObjectHandle::newDictionary());
    QPDFObjectHandle fonts = dr.getKey("/Font");
    if (!fonts.hasKey(kFallbackFont))
        fonts.replaceKey(
            kFallbackFont,
            qpdf.makeIndirectObject(QPDFObjectHandle::parse(
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")));
    QPDFObjectHandle newDa = QPDFObjectHandle::newString(withFont(da, kFallbackFont));
    field.getObjectHandle().replaceKey("/DA", newDa);
    if (widget.getObjectHandle().hasKey("/DA"))
        widget.getObjectHandle().replaceKey("/DA", newDa);
    std::string encoded;
    if (!QUtil::utf8_to_win_ansi(value, encoded))
        qCWarning(lcDocuments) << "a field value has characters outside WinAnsiEncoding; they show as '?':"
                               << QString::fromStdString(field.getFullyQualifiedName());
}

// qpdf replaces what an appearance draws between "/Tx BMC" and "EMC" and keeps the rest (a
// border, a background). An appearance without that section would keep its own drawing of
// the old value under the new one, so it is made afresh instead.
bool hasTextSection(QPDFObjectHandle stream)
{
    try {
        const std::shared_ptr<Buffer> data = stream.getStreamData(qpdf_dl_generalized);
        const QByteArray bytes(reinterpret_cast<const char*>(data->getBuffer()), qsizetype(data->getSize()));
        static const QRegularExpression section(QStringLiteral("/Tx\\s*BMC"));
        return section.match(QString::fromLatin1(bytes)).hasMatch();
    } catch (const std::exception&) {
        return false;
    }
}

/*
 * qpdf draws a value on one line, vertically centred: a multi-line field's "\n" becomes an
 * invisible character and its lines run together. Applied after qpdf's own filter, this
 * lays out qpdf's text-showing operation ("x y Td (value) Tj") as one line per "\n", from
 * the top of the box, keeping qpdf's font, size, colour and encoding. Anything else in the
 * section (another qpdf version's layout) is left as qpdf wrote it.
 */
class LineBreaker final : public QPDFObjectHandle::TokenFilter
{
public:
    explicit LineBreaker(double top)
        : m_top(top)
    { }

    void handleToken(const Token& token) override
    {
        if (token.getType() == QPDFTokenizer::tt_eof)
            return;
        switch (m_state) {
        case State::Before:
            writeToken(token);
            if (token.isWord("BMC") && m_lastName == "/Tx")
                m_state = State::Inside;
            if (token.getType() == QPDFTokenizer::tt_name)
                m_lastName = token.getValue();
            else if (token.getType() != QPDFTokenizer::tt_space)
                m_lastName.clear();
            break;
        case State::Inside:
            m_section.push_back(token);
            if (token.isWord("EMC")) {
                writeSection();
                m_state = State::After;
            }
            break;
        case State::After:
            writeToken(token);
            break;
        }
    }

    void handleEOF() override
    {
        if (m_state == State::Inside)
            writeSection();
    }

private:
    enum class State { Before, Inside, After };

    void writeSection()
    {
        // Indexes of the operands and operators that matter, spaces skipped.
        std::vector<size_t> code;
        for (size_t i = 0; i < m_section.size(); ++i) {
            if (m_section.at(i).getType() != QPDFTokenizer::tt_space)
                code.push_back(i);
        }
        double size = 0;
        size_t yIndex = 0;
        size_t textIndex = 0;
        size_t showIndex = 0;
        for (size_t k = 0; k < code.size(); ++k) {
            const Token& t = m_section.at(code.at(k));
            if (t.isWord("Tf") && k > 0)
                size = QByteArray::fromStdString(m_section.at(code.at(k - 1)).getValue()).toDouble();
            else if (t.isWord("Td") && k > 0 && yIndex == 0)
                yIndex = code.at(k - 1);
            else if (t.isWord("Tj") && k > 0
                     && m_section.at(code.at(k - 1)).getType() == QPDFTokenizer::tt_string
                     && showIndex == 0) {
                textIndex = code.at(k - 1);
                showIndex = code.at(k);
            }
        }
        const std::string value = showIndex > 0 ? m_section.at(textIndex).getValue() : std::string();
        if (size <= 0 || yIndex == 0 || showIndex == 0 || yIndex > textIndex) {
            for (const Token& t : m_section)
                writeToken(t);
            return;
        }
        std::vector<std::string> lines;
        size_t from = 0;
        for (size_t to = value.find('\n'); to != std::string::npos; to = value.find('\n', from)) {
            lines.push_back(value.substr(from, to - from));
            from = to + 1;
        }
        lines.push_back(value.substr(from));
        for (std::string& line : lines) {
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
        }
        for (size_t i = 0; i < m_section.size(); ++i) {
            if (i == yIndex) {
                // The first baseline: an ascent (0.8 of the size) below the top, inside a 2-point margin.
                write(number(m_top - 2 - 0.8 * size));
            } else if (i == textIndex) {
                for (size_t l = 0; l < lines.size(); ++l) {
                    if (l > 0)
                        write("0 " + number(-kLeading * size) + " Td\n");
                    writeToken(Token(QPDFTokenizer::tt_string, lines.at(l)));
                    if (l + 1 < lines.size())
                        write(" Tj\n");
                }
            } else {
                writeToken(m_section.at(i));
            }
        }
    }

    double m_top;
    State m_state = State::Before;
    std::string m_lastName;
    std::vector<Token> m_section;
};

bool isTextOrChoice(QPDFFormFieldObjectHelper& field)
{
    const std::string type = field.getFieldType();
    return type == "/Tx" || type == "/Ch";
}

// Every text and choice field gets an appearance made from its value by qpdf.
void generate(QPDF& qpdf, QPDFAcroFormDocumentHelper& form)
{
    std::vector<QPDFAnnotationObjectHelper> multiline;
    for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(qpdf).getAllPages()) {
        for (QPDFAnnotationObjectHelper& widget : form.getWidgetAnnotationsForPage(page)) {
            QPDFFormFieldObjectHelper field = form.getFieldForAnnotation(widget);
            if (!isTextOrChoice(field))
                continue;
            QPDFObjectHandle normal = widget.getAppearanceStream("/N");
            if (!widget.getAppearanceDictionary().isNull() && !(normal.isStream() && hasTextSection(normal)))
                widget.getObjectHandle().removeKey("/AP");
            useEncodableFont(qpdf, field, widget);
            if (field.getFieldType() == "/Tx" && (field.getFlags() & ff_tx_multiline) != 0)
                multiline.push_back(widget);
        }
    }
    // qpdf only acts on a form that says its appearances are out of date; a form Poppler
    // filled may say they are not while most fields have none.
    form.setNeedAppearances(true);
    form.generateAppearancesIfNeeded();
    for (QPDFAnnotationObjectHelper& widget : multiline) {
        QPDFObjectHandle normal = widget.getAppearanceStream("/N");
        QPDFObjectHandle bbox = normal.isStream() ? normal.getDict().getKey("/BBox") : QPDFObjectHandle();
        if (normal.isStream() && bbox.isRectangle())
            normal.addTokenFilter(std::make_shared<LineBreaker>(bbox.getArrayAsRectangle().ury));
    }
}

// True when a text or choice field has no appearance, or the form asks for new ones.
bool appearancesMissing(QPDF& qpdf, QPDFAcroFormDocumentHelper& form)
{
    if (form.getNeedAppearances())
        return true;
    for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(qpdf).getAllPages()) {
        for (QPDFAnnotationObjectHelper& widget : form.getWidgetAnnotationsForPage(page)) {
            QPDFFormFieldObjectHelper field = form.getFieldForAnnotation(widget);
            if (isTextOrChoice(field) && !widget.getAppearanceStream("/N").isStream())
                return true;
        }
    }
    return false;
}

bool hasDrawnAnnotation(QPDF& qpdf)
{
    for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(qpdf).getAllPages()) {
        for (QPDFAnnotationObjectHelper& annotation : page.getAnnotations()) {
            if (!annotation.getAppearanceDictionary().isNull())
                return true;
        }
    }
    return false;
}

void open(QPDF& qpdf, const QByteArray& in)
{
    // Damaged files are repaired as far as qpdf can; what it says goes to the log, not stderr.
    qpdf.setSuppressWarnings(true);
    qpdf.processMemoryFile("PDF", in.constData(), size_t(in.size()));
}

QByteArray write(QPDF& qpdf)
{
    QPDFWriter writer(qpdf);
    writer.setOutputMemory();
    writer.write();
    const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
    for (const QPDFExc& warning : qpdf.getWarnings())
        qCDebug(lcDocuments) << "qpdf:" << warning.what();
    return QByteArray(reinterpret_cast<const char*>(buffer->getBuffer()), qsizetype(buffer->getSize()));
}

QString failure(const char* what)
{
    qCWarning(lcDocuments) << "qpdf failed:" << what;
    return PdfAppearances::tr("The PDF's form could not be drawn: %1").arg(QString::fromUtf8(what));
}
} // namespace

} // namespace Mandat

using namespace Mandat;

extern "C" Q_DECL_EXPORT bool mandatdesk_pdfforms_generate_appearances(const QByteArray& in, QByteArray* out,
                                                                       QString* error)
{
    try {
        QPDF qpdf;
        open(qpdf, in);
        QPDFAcroFormDocumentHelper form(qpdf);
        if (!form.hasAcroForm()) {
            *out = in;
            return true;
        }
        generate(qpdf, form);
        *out = write(qpdf);
        return true;
    } catch (const std::exception& e) {
        *error = failure(e.what());
    } catch (...) {
        *error = failure("unknown error");
    }
    return false;
}

extern "C" Q_DECL_EXPORT bool mandatdesk_pdfforms_flatten(const QByteArray& in, QByteArray* out,
                                                          QString* error)
{
    try {
        QPDF qpdf;
        open(qpdf, in);
        QPDFAcroFormDocumentHelper form(qpdf);
        if (!form.hasAcroForm() && !hasDrawnAnnotation(qpdf)) {
            *out = in;
            return true;
        }
        // A form whose appearances are all there and current is drawn as its author made it.
        if (form.hasAcroForm() && appearancesMissing(qpdf, form))
            generate(qpdf, form);
        // What shows on screen is drawn, printable or not: MandatDesk's printing shows it too,
        // and a hand-made form's fields often lack the print flag.
        QPDFPageDocumentHelper pages(qpdf);
        pages.flattenAnnotations(0, an_invisible | an_hidden);
        // Widgets with nothing to draw (an unsigned signature field) go with the form.
        for (QPDFPageObjectHelper& page : pages.getAllPages()) {
            QPDFObjectHandle pageObject = page.getObjectHandle();
            QPDFObjectHandle annots = pageObject.getKey("/Annots");
            if (!annots.isArray())
                continue;
            std::vector<QPDFObjectHandle> kept;
            for (QPDFObjectHandle& annotation : annots.getArrayAsVector()) {
                if (!(annotation.isDictionary() && annotation.getKey("/Subtype").isNameAndEquals("/Widget")))
                    kept.push_back(annotation);
            }
            if (kept.empty())
                pageObject.removeKey("/Annots");
            else
                pageObject.replaceKey("/Annots", QPDFObjectHandle::newArray(kept));
        }
        qpdf.getRoot().removeKey("/AcroForm");
        *out = write(qpdf);
        return true;
    } catch (const std::exception& e) {
        *error = failure(e.what());
    } catch (...) {
        *error = failure("unknown error");
    }
    return false;
}

extern "C" Q_DECL_EXPORT bool mandatdesk_pdfforms_remove_pages(const QByteArray& in, const QList<int>& pages,
                                                               QByteArray* out, QString* error)
{
    try {
        QPDF qpdf;
        open(qpdf, in);
        QPDFAcroFormDocumentHelper form(qpdf);
        QPDFPageDocumentHelper document(qpdf);
        const std::vector<QPDFPageObjectHelper> all = document.getAllPages();
        std::set<QPDFObjGen> fields;
        for (int number : pages) {
            if (number < 1 || size_t(number) > all.size()) {
                *error = PdfAppearances::tr("The PDF has no page %1.").arg(number);
                return false;
            }
            QPDFPageObjectHelper page = all.at(size_t(number - 1));
            if (form.hasAcroForm()) {
                for (QPDFAnnotationObjectHelper& widget : form.getWidgetAnnotationsForPage(page))
                    fields.insert(form.getFieldForAnnotation(widget).getObjectHandle().getObjGen());
            }
            document.removePage(page);
        }
        if (!fields.empty())
            form.removeFormFields(fields);
        *out = write(qpdf);
        return true;
    } catch (const std::exception& e) {
        qCWarning(lcDocuments) << "qpdf failed:" << e.what();
        *error = PdfAppearances::tr("Pages could not be taken out of the PDF: %1")
                     .arg(QString::fromUtf8(e.what()));
    }
    return false;
}

#include "PdfFormBuilder.h"

#include <QRegularExpression>

namespace Mandat {

namespace {
// A PDF literal string: UTF-16BE with its byte order mark when it is not plain ASCII.
QByteArray pdfString(const QString& s)
{
    bool ascii = true;
    for (const QChar c : s)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    QByteArray raw;
    if (ascii) {
        raw = s.toLatin1();
    } else {
        raw = QByteArray("\xFE\xFF", 2);
        for (const QChar c : s) {
            raw.append(char(c.unicode() >> 8));
            raw.append(char(c.unicode() & 0xff));
        }
    }
    QByteArray out("(");
    for (const char c : std::as_const(raw)) {
        if (c == '(' || c == ')' || c == '\\')
            out.append('\\');
        out.append(c);
    }
    out.append(')');
    return out;
}

QByteArray num(qreal v)
{
    return QByteArray::number(v, 'f', 2);
}

QByteArray rect(const QRectF& r)
{
    return "[" + num(r.left()) + ' ' + num(r.top()) + ' ' + num(r.right()) + ' ' + num(r.bottom()) + ']';
}

// The body of "N 0 obj ... endobj" in the original file.
QByteArray objectBody(const QByteArray& pdf, int number)
{
    const QRegularExpression start(QStringLiteral("(^|\\n)%1 0 obj\\s*").arg(number));
    const QString text = QString::fromLatin1(pdf);
    const auto m = start.match(text);
    if (!m.hasMatch())
        return {};
    const qsizetype from = m.capturedEnd();
    const qsizetype to = pdf.indexOf("endobj", from);
    return to < 0 ? QByteArray() : pdf.mid(from, to - from).trimmed();
}

int lastInt(const QByteArray& pdf, const char* key)
{
    const QString text = QString::fromLatin1(pdf);
    const QRegularExpression re(QStringLiteral("%1\\s+(\\d+)").arg(QLatin1String(key)));
    int value = -1;
    for (auto it = re.globalMatch(text); it.hasNext();)
        value = it.next().captured(1).toInt();
    return value;
}
} // namespace

QByteArray PdfFormBuilder::addFields(const QByteArray& pdf, const QList<Field>& fields, QString* error)
{
    const int root = lastInt(pdf, "/Root");
    const int size = lastInt(pdf, "/Size");
    const int prevXref = lastInt(pdf, "startxref");
    const QByteArray catalog = objectBody(pdf, root);
    if (root < 0 || size < 0 || prevXref < 0 || !catalog.startsWith("<<")) {
        *error = tr("The PDF has an unexpected structure: its form fields cannot be added.");
        return {};
    }
    // Pages, in order, and the /Annots array object of each.
    const QByteArray pagesRef = QRegularExpression(QStringLiteral("/Pages\\s+(\\d+)"))
                                    .match(QString::fromLatin1(catalog))
                                    .captured(1)
                                    .toLatin1();
    const QByteArray pages = objectBody(pdf, pagesRef.toInt());
    QList<int> pageObjects;
    const QString kids = QString::fromLatin1(pages.mid(pages.indexOf("/Kids")));
    static const QRegularExpression ref(QStringLiteral("(\\d+)\\s+0\\s+R"));
    const qsizetype kidsEnd = kids.indexOf(u']');
    for (auto it = ref.globalMatch(kids.left(kidsEnd)); it.hasNext();)
        pageObjects.append(it.next().captured(1).toInt());
    QList<int> annotArrays;
    for (int page : std::as_const(pageObjects)) {
        const QByteArray body = objectBody(pdf, page);
        const auto m = QRegularExpression(QStringLiteral("/Annots\\s+(\\d+)\\s+0\\s+R"))
                           .match(QString::fromLatin1(body));
        if (!m.hasMatch()) {
            *error = tr("The PDF has an unexpected structure: its form fields cannot be added.");
            return {};
        }
        annotArrays.append(m.captured(1).toInt());
    }

    int next = size;
    QList<QPair<int, QByteArray>> objects; // number, body
    const int helv = next++;
    objects.append(
        { helv, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>" });
    const int zadb = next++;
    objects.append({ zadb, "<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>" });

    QList<QList<int>> widgetsByPage(pageObjects.size());
    QList<int> fieldRefs;
    for (const Field& f : fields) {
        if (f.page < 0 || f.page >= pageObjects.size()) {
            *error = tr("A form field is placed on a page the PDF does not have.");
            return {};
        }
        const int id = next++;
        QByteArray dict = "<< /Type /Annot /Subtype /Widget /F 4 /P "
            + QByteArray::number(pageObjects.at(f.page)) + " 0 R /Rect " + rect(f.rect) + " /T "
            + pdfString(f.name);
        if (!f.tooltip.isEmpty())
            dict += " /TU " + pdfString(f.tooltip);
        switch (f.type) {
        case Field::Text:
        case Field::MultilineText:
            dict
                += " /FT /Tx /V () /DA (/Helv " + num(f.fontSize) + " Tf 0 g) /MK << /BC [0.55 0.55 0.55] >>";
            if (f.type == Field::MultilineText)
                dict += " /Ff 4096";
            break;
        case Field::Checkbox: {
            const qreal w = f.rect.width();
            const qreal h = f.rect.height();
            const QByteArray bbox = "[0 0 " + num(w) + ' ' + num(h) + ']';
            const QByteArray frame
                = "0.55 G 0.5 w 0.25 0.25 " + num(w - 0.5) + ' ' + num(h - 0.5) + " re S\n";
            const QByteArray on = "q " + frame + "0 g BT /ZaDb " + num(h * 0.8) + " Tf " + num(w * 0.15) + ' '
                + num(h * 0.2) + " Td (4) Tj ET Q";
            const QByteArray off = "q " + frame + "Q";
            const int onId = next++;
            const int offId = next++;
            const QByteArray resources
                = " /Resources << /Font << /ZaDb " + QByteArray::number(zadb) + " 0 R >> >>";
            objects.append({ onId,
                             "<< /Type /XObject /Subtype /Form /BBox " + bbox + resources + " /Length "
                                 + QByteArray::number(on.size()) + " >>\nstream\n" + on + "\nendstream" });
            objects.append({ offId,
                             "<< /Type /XObject /Subtype /Form /BBox " + bbox + " /Length "
                                 + QByteArray::number(off.size()) + " >>\nstream\n" + off + "\nendstream" });
            dict += " /FT /Btn /V /Off /AS /Off /DA (/ZaDb 0 Tf 0 g) /MK << /CA (4) /BC [0.55 0.55 0.55] >>"
                    " /AP << /N << /Yes "
                + QByteArray::number(onId) + " 0 R /Off " + QByteArray::number(offId) + " 0 R >> >>";
            break;
        }
        case Field::Signature:
            dict += " /FT /Sig /MK << /BC [0.55 0.55 0.55] >>";
            break;
        }
        dict += " >>";
        objects.append({ id, dict });
        widgetsByPage[f.page].append(id);
        fieldRefs.append(id);
    }

    auto refs = [](const QList<int>& ids) {
        QByteArray out("[");
        for (int id : ids)
            out += ' ' + QByteArray::number(id) + " 0 R";
        return out + " ]";
    };
    for (int i = 0; i < pageObjects.size(); ++i) {
        QByteArray existing = objectBody(pdf, annotArrays.at(i));
        existing = existing.mid(1, existing.lastIndexOf(']') - 1).trimmed();
        QByteArray array = refs(widgetsByPage.at(i));
        if (!existing.isEmpty())
            array = "[ " + existing + array.mid(1);
        objects.append({ annotArrays.at(i), array });
    }
    const QByteArray acroForm = "/AcroForm << /Fields " + refs(fieldRefs) + " /DR << /Font << /Helv "
        + QByteArray::number(helv) + " 0 R /ZaDb " + QByteArray::number(zadb)
        + " 0 R >> >> /DA (/Helv 0 Tf 0 g) /NeedAppearances true >>";
    QByteArray newCatalog = catalog;
    newCatalog.insert(newCatalog.lastIndexOf(">>"), acroForm + '\n');
    objects.append({ root, newCatalog });

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out.append('\n');
    QList<QPair<int, qint64>> offsets;
    for (const auto& o : std::as_const(objects)) {
        offsets.append({ o.first, out.size() });
        out += QByteArray::number(o.first) + " 0 obj\n" + o.second + "\nendobj\n";
    }
    const qint64 xref = out.size();
    out += "xref\n0 1\n0000000000 65535 f \n";
    for (const auto& o : std::as_const(offsets))
        out += QByteArray::number(o.first) + " 1\n" + QByteArray::number(o.second).rightJustified(10, '0')
            + " 00000 n \n";
    const QString trailerText = QString::fromLatin1(pdf.mid(pdf.lastIndexOf("trailer")));
    const QByteArray info = QRegularExpression(QStringLiteral("/Info\\s+\\d+\\s+0\\s+R"))
                                .match(trailerText)
                                .captured(0)
                                .toLatin1();
    out += "trailer\n<< /Size " + QByteArray::number(next) + " /Root " + QByteArray::number(root) + " 0 R "
        + info + " /Prev " + QByteArray::number(prevXref) + " >>\nstartxref\n" + QByteArray::number(xref)
        + "\n%%EOF\n";
    return out;
}

} // namespace Mandat

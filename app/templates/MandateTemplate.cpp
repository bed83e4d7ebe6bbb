#include "MandateTemplate.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace Mandat {

namespace {
// Lays the mandate out top to bottom, in points (the writer's resolution is 72 dpi).
class Layout
{
public:
    Layout(QPdfWriter& writer, QPainter& painter)
        : m_writer(writer)
        , m_p(painter)
        , m_body(QStringLiteral("DejaVu Sans"))
        , m_bold(QStringLiteral("DejaVu Sans"))
    {
        m_body.setPointSizeF(9);
        m_bold.setPointSizeF(9);
        m_bold.setBold(true);
        m_y = kTop;
    }

    QList<PdfFormBuilder::Field> fields;

    void title(const QString& text, qreal size)
    {
        QFont f = m_bold;
        f.setPointSizeF(size);
        block(text, f, Qt::AlignHCenter);
        m_y += 4;
    }
    void heading(const QString& text)
    {
        m_y += 6;
        ensure(60); // a heading stays with what follows it
        block(text, m_bold);
        m_y += 2;
    }
    void paragraph(const QString& text) { block(text, m_body); }
    void gap(qreal points) { m_y += points; }

    // "Label : [field]" on one line; the field takes the rest of the width.
    void field(const QString& label, const QString& name, const QString& tooltip, qreal x = kLeft,
               qreal right = kRight, bool sameLine = false)
    {
        ensure(18);
        m_p.setFont(m_body);
        const QFontMetricsF fm(m_body);
        const qreal labelWidth = fm.horizontalAdvance(label) + 4;
        m_p.drawText(QPointF(x, m_y + 11), label);
        const QRectF box(x + labelWidth, m_y, right - x - labelWidth, 15);
        add(name, tooltip, PdfFormBuilder::Field::Text, box, 9);
        if (!sameLine)
            m_y += 19;
    }
    void newLine() { m_y += 19; }

    void multiline(const QString& name, const QString& tooltip, int lines)
    {
        const qreal h = lines * 11.5 + 4;
        ensure(h + 4);
        add(name, tooltip, PdfFormBuilder::Field::MultilineText, QRectF(kLeft, m_y, kRight - kLeft, h), 9);
        m_y += h + 4;
    }

    void checkbox(const QString& label, const QString& name, const QString& tooltip)
    {
        ensure(16);
        add(name, tooltip, PdfFormBuilder::Field::Checkbox, QRectF(kLeft + 6, m_y, 11, 11), 0);
        const QRectF text(kLeft + 24, m_y - 1, kRight - kLeft - 24, 200);
        m_p.setFont(m_body);
        const QRectF used = m_p.boundingRect(text, Qt::TextWordWrap, label);
        m_p.drawText(text, Qt::TextWordWrap, label);
        m_y += qMax<qreal>(15, used.height() + 4);
    }

    void signatureBoxes()
    {
        ensure(120);
        const qreal w = (kRight - kLeft - 20) / 2;
        const QStringList who { QStringLiteral("Pour le mandant\n(signature et cachet de la société)"),
                                QStringLiteral("Pour le mandataire\n(signature et cachet de la société)") };
        const QStringList names { QStringLiteral("client_signature"), QStringLiteral("provider_signature") };
        for (int i = 0; i < 2; ++i) {
            const qreal x = kLeft + i * (w + 20);
            m_p.setFont(m_bold);
            m_p.drawText(QRectF(x, m_y, w, 30), Qt::AlignLeft | Qt::TextWordWrap, who.at(i));
            m_p.setPen(QPen(Qt::gray, 0.6));
            m_p.drawRect(QRectF(x, m_y + 30, w, 80));
            m_p.setPen(Qt::black);
            add(names.at(i), who.at(i).section(u'\n', 0, 0), PdfFormBuilder::Field::Signature,
                QRectF(x, m_y + 30, w, 80), 0);
        }
        m_y += 116;
    }

    void newPage()
    {
        m_writer.newPage();
        ++m_page;
        m_y = kTop;
    }
    int page() const { return m_page; }

private:
    static constexpr qreal kLeft = 56;
    static constexpr qreal kRight = 539;
    static constexpr qreal kTop = 50;
    static constexpr qreal kBottom = 800;
    static constexpr qreal kPageHeight = 842;

    void ensure(qreal height)
    {
        if (m_y + height > kBottom)
            newPage();
    }
    void block(const QString& text, const QFont& font, Qt::Alignment align = Qt::AlignLeft)
    {
        m_p.setFont(font);
        const QRectF area(kLeft, m_y, kRight - kLeft, 400);
        const QRectF used = m_p.boundingRect(area, int(align) | Qt::TextWordWrap, text);
        ensure(used.height());
        const QRectF at(kLeft, m_y, kRight - kLeft, used.height());
        m_p.drawText(at, int(align) | Qt::TextWordWrap, text);
        m_y += used.height() + 3;
    }
    void add(const QString& name, const QString& tooltip, PdfFormBuilder::Field::Type type, const QRectF& box,
             qreal fontSize)
    {
        // Field rectangles are in PDF space: origin at the bottom left.
        PdfFormBuilder::Field f;
        f.name = name;
        f.tooltip = tooltip;
        f.type = type;
        f.page = m_page;
        f.fontSize = fontSize;
        f.rect = QRectF(QPointF(box.left(), kPageHeight - box.bottom()),
                        QPointF(box.right(), kPageHeight - box.top()));
        fields.append(f);
        if (type != PdfFormBuilder::Field::Signature) {
            m_p.setPen(QPen(QColor(170, 170, 170), 0.5));
            m_p.setBrush(QColor(240, 244, 250));
            m_p.drawRect(box);
            m_p.setBrush(Qt::NoBrush);
            m_p.setPen(Qt::black);
        }
    }

    QPdfWriter& m_writer;
    QPainter& m_p;
    QFont m_body;
    QFont m_bold;
    qreal m_y = 0;
    int m_page = 0;
};

void party(Layout& l, const QString& prefix, const QString& role)
{
    const QString p = prefix + u'_';
    l.field(QStringLiteral("Raison sociale :"), p + QStringLiteral("legal_name"),
            role + QStringLiteral(" — raison sociale"));
    l.field(QStringLiteral("Forme juridique :"), p + QStringLiteral("legal_form"),
            role + QStringLiteral(" — forme juridique"), 56, 300, true);
    l.field(QStringLiteral("Capital social :"), p + QStringLiteral("share_capital"),
            role + QStringLiteral(" — capital social"), 310, 539);
    l.field(QStringLiteral("Siège social :"), p + QStringLiteral("address"),
            role + QStringLiteral(" — adresse du siège"));
    l.field(QStringLiteral("SIREN :"), p + QStringLiteral("siren"), role + QStringLiteral(" — SIREN"), 56,
            300, true);
    l.field(QStringLiteral("RCS de :"), p + QStringLiteral("rcs_city"),
            role + QStringLiteral(" — ville du RCS"), 310, 539);
    l.field(QStringLiteral("Représentée par :"), p + QStringLiteral("representative_name"),
            role + QStringLiteral(" — nom du représentant légal"), 56, 300, true);
    l.field(QStringLiteral("en qualité de :"), p + QStringLiteral("representative_title"),
            role + QStringLiteral(" — qualité du représentant"), 310, 539);
}
} // namespace

namespace MandateTemplate {

QByteArray generate(QList<PdfFormBuilder::Field>* fieldsOut, QString* error)
{
    QByteArray pdf;
    QList<PdfFormBuilder::Field> fields;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(QStringLiteral("Mandat de présentation de numéros d'appelant"));
        writer.setCreator(QStringLiteral("MandatDesk"));
        QPainter painter(&writer);
        Layout l(writer, painter);

        l.title(QStringLiteral("MANDAT DE PRÉSENTATION DE NUMÉRO(S) D'APPELANT"), 14);
        l.paragraph(QStringLiteral(
            "Autorisation donnée par le titulaire des numéros à un prestataire qui appelle en son "
            "nom (décision Arcep n° 18-0881 : le numéro présenté appartient à celui pour le "
            "compte de qui l'appel est passé, et son titulaire l'autorise au préalable)."));
        l.field(QStringLiteral("Référence du dossier :"), QStringLiteral("dossier_name"),
                QStringLiteral("Nom de la demande"));

        l.heading(QStringLiteral("ENTRE LE MANDANT, titulaire (affectataire) des numéros"));
        party(l, QStringLiteral("client"), QStringLiteral("Mandant"));
        l.heading(QStringLiteral("ET LE MANDATAIRE, prestataire (centre d'appels) qui présente les numéros"));
        party(l, QStringLiteral("provider"), QStringLiteral("Mandataire"));

        l.heading(QStringLiteral("Article 1 — Objet"));
        l.paragraph(QStringLiteral(
            "Le mandant autorise le mandataire à présenter comme numéro d'appelant, lors des "
            "appels qu'il passe au nom et pour le compte du mandant, le ou les numéros suivants "
            "dont le mandant est titulaire (la suite figure en annexe le cas échéant) :"));
        l.multiline(QStringLiteral("numbers"), QStringLiteral("Numéros présentés"), kNumbersInBody);

        l.heading(QStringLiteral("Article 2 — Usage"));
        l.paragraph(QStringLiteral("Les numéros seront présentés lors d'appels passés :"));
        l.checkbox(QStringLiteral("par des téléconseillers (appels passés manuellement) ;"),
                   QStringLiteral("use_agents"), QStringLiteral("Usage : téléconseillers"));
        l.checkbox(
            QStringLiteral("par des systèmes automatisés d'appels ou d'envoi de messages — seuls les numéros "
                           "polyvalents vérifiés (NPV) et les numéros spéciaux autorisés peuvent l'être "
                           "(décision Arcep n° 2022-1583)."),
            QStringLiteral("use_automated"), QStringLiteral("Usage : systèmes automatisés"));

        l.heading(QStringLiteral("Article 3 — Durée"));
        l.field(QStringLiteral("Le présent mandat prend effet le"), QStringLiteral("start_date"),
                QStringLiteral("Date de prise d'effet"), 56, 400, true);
        l.newLine();
        l.paragraph(
            QStringLiteral("pour une durée d'un (1) an. Il peut être renouvelé par un nouveau mandat."));

        l.heading(QStringLiteral("Article 4 — Engagements du mandataire"));
        l.paragraph(QStringLiteral("Le mandataire s'engage à : n'utiliser les numéros que pour les appels "
                                   "passés au nom et pour le compte du "
                                   "mandant ; s'assurer que chaque numéro présenté peut être rappelé pendant "
                                   "toute la durée des campagnes et "
                                   "aboutit au mandant ou à un service qui le représente ; annoncer le nom "
                                   "du mandant dès le début de chaque "
                                   "appel ; respecter les règles du démarchage téléphonique, notamment "
                                   "l'opposition au démarchage (Bloctel)."));
        l.heading(QStringLiteral("Article 5 — Engagements du mandant"));
        l.paragraph(QStringLiteral(
            "Le mandant certifie être titulaire des numéros ci-dessus et informe sans délai le "
            "mandataire de toute résiliation, portabilité ou changement d'affectation."));
        l.heading(QStringLiteral("Article 6 — Révocation"));
        l.paragraph(QStringLiteral(
            "Le mandant peut révoquer le présent mandat à tout moment, par écrit. La révocation "
            "prend effet à sa réception ; le mandataire cesse alors immédiatement de présenter "
            "les numéros et en informe son opérateur."));

        l.gap(8);
        l.field(QStringLiteral("Fait à"), QStringLiteral("place"), QStringLiteral("Lieu de signature"), 56,
                300, true);
        // No comma after the place's box: it would stand apart from the place written in it
        // ("Fait à Paris       , le"), in print and in the text read back.
        l.field(QStringLiteral("le"), QStringLiteral("date"), QStringLiteral("Date de signature"), 310, 539);
        l.paragraph(QStringLiteral("en deux exemplaires originaux."));
        l.gap(6);
        l.signatureBoxes();

        l.newPage();
        l.title(QStringLiteral("ANNEXE — NUMÉROS SUPPLÉMENTAIRES"), 12);
        l.paragraph(QStringLiteral("Numéros couverts par le mandat, en plus de ceux de l'article 1 :"));
        l.multiline(QStringLiteral("numbers_annex"), QStringLiteral("Numéros présentés (suite)"), 48);
        painter.end();
        fields = l.fields;
    }
    QString localError;
    const QByteArray withFields = PdfFormBuilder::addFields(pdf, fields, error ? error : &localError);
    if (fieldsOut)
        *fieldsOut = fields;
    return withFields;
}

} // namespace MandateTemplate

} // namespace Mandat

#include "Fixtures.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>

namespace Mandat {

namespace Fixtures {

namespace {
const char* const kMonths[] = { "janvier", "février", "mars",      "avril",   "mai",      "juin",
                                "juillet", "août",    "septembre", "octobre", "novembre", "décembre" };
const char* const kShortMonths[]
    = { "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc." };

void drawPage(QPainter& p, const QString& page, const QRect& area)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10.5);
    p.setFont(font);
    const QFontMetrics fm(font, p.device());
    int y = area.top() + fm.ascent();
    // Table columns: each '\t' moves to the next quarter of the width.
    const int column = area.width() / 4;
    for (const QString& line : page.split(u'\n')) {
        const QStringList cells = line.split(u'\t');
        for (int i = 0; i < cells.size(); ++i)
            p.drawText(area.left() + i * column, y, cells.at(i));
        y += int(fm.lineSpacing() * 1.25);
    }
}
// QPdfWriter stamps the current second as /CreationDate: the same fixture made
// twice must give the same bytes (and SHA-256), so the stamp is made fixed, at
// the same length to keep the cross-reference offsets right.
QByteArray withFixedCreationDate(QByteArray bytes)
{
    static const QByteArray key("/CreationDate (D:");
    const qsizetype at = bytes.indexOf(key);
    if (at >= 0)
        bytes.replace(at + key.size(), 14, QByteArrayLiteral("20260101000000"));
    return bytes;
}
} // namespace

QString frenchDate(const QDate& d, bool abbreviated)
{
    const QString day = d.day() == 1 ? QStringLiteral("1er") : QString::number(d.day());
    const char* month = abbreviated ? kShortMonths[d.month() - 1] : kMonths[d.month() - 1];
    return QStringLiteral("%1 %2 %3").arg(day, QString::fromUtf8(month)).arg(d.year());
}

QByteArray textPdf(const QStringList& pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("MandatDesk tests"));
    QPainter p(&writer);
    const QRect area(200, 200, writer.width() - 400, writer.height() - 400);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        drawPage(p, pages.at(i), area);
    }
    p.end();
    return withFixedCreationDate(bytes);
}

QImage pageImage(const QString& page, int dpi)
{
    const int w = int(8.27 * dpi);
    const int h = int(11.69 * dpi);
    QImage image(w, h, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    const int dpm = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    QPainter p(&image);
    p.setRenderHint(QPainter::TextAntialiasing);
    drawPage(p, page, QRect(dpi * 2 / 3, dpi * 2 / 3, w - dpi * 4 / 3, h - dpi * 4 / 3));
    p.end();
    return image;
}

QByteArray scannedPdf(const QStringList& pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter p(&writer);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        p.drawImage(QRect(0, 0, writer.width(), writer.height()), pageImage(pages.at(i), 200));
    }
    p.end();
    return withFixedCreationDate(bytes);
}

QByteArray png(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray jpeg(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return bytes;
}

static QString spacedSiren(const QString& siren)
{
    return siren.left(3) + u' ' + siren.mid(3, 3) + u' ' + siren.mid(6);
}

QString kbisUpToDate(const QDate& issued, const QString& siren)
{
    return QStringLiteral("Greffe du Tribunal de Commerce de Nantes\n"
                          "Code de vérification : HTpZkQ9a3e\n"
                          "EXTRAIT D'IMMATRICULATION PRINCIPALE AU REGISTRE DU COMMERCE ET DES SOCIETES\n"
                          "à jour au %1\n"
                          "IDENTIFICATION DE LA PERSONNE MORALE\n"
                          "Immatriculation au RCS, numéro %2 R.C.S. Nantes\n"
                          "Date d'immatriculation 01/12/2009\n"
                          "Dénomination ou raison sociale ACME TÉLÉCOM\n"
                          "Forme juridique Société par actions simplifiée\n"
                          "Capital social 10 000,00 Euros\n"
                          "Adresse du siège 12 rue de la Paix 44000 Nantes\n"
                          "Durée de la personne morale Jusqu'au 30/11/2108\n"
                          "Date de clôture de l'exercice social 31 décembre\n"
                          "GESTION, DIRECTION, ADMINISTRATION\n"
                          "Président DURAND Élodie, née le 14/03/1975\n"
                          "Date de commencement d'activité 01/12/2009\n"
                          "Mention n° 4521 du 12/06/2024 : modification du capital\n"
                          "R.C.S. Nantes - %3 - 14:44:07")
        .arg(frenchDate(issued), spacedSiren(siren),
             issued.addDays(1).toString(QStringLiteral("dd/MM/yyyy")));
}

QString kbisDeliveredOnNextLine(const QDate& issued, const QString& siren)
{
    return QStringLiteral("EXTRAIT KBIS\n"
                          "Registre du Commerce et des Sociétés de Lyon\n"
                          "Extrait délivré le\n"
                          "%1\n"
                          "N° d'identification : %2 RCS Lyon\n"
                          "Immatriculée le 3 mars 2015\n"
                          "Début d'activité : 15/03/2015\n"
                          "Date de clôture : 31/12\n")
        .arg(issued.toString(QStringLiteral("dd.MM.yyyy")), spacedSiren(siren));
}

QString kbisFooterOnly(const QDate& issued, const QString& siren)
{
    return QStringLiteral("Extrait Kbis\n"
                          "Immatriculation au RCS, numéro %1 R.C.S. Bordeaux\n"
                          "Date d'immatriculation 05/05/2012\n"
                          "Durée jusqu'au 04/05/2111\n"
                          "R.C.S. Bordeaux - %2 - 09:12:44")
        .arg(spacedSiren(siren), issued.toString(QStringLiteral("dd/MM/yyyy")));
}

QString kbisStruckOff(const QDate& issued, const QString& siren)
{
    return kbisUpToDate(issued, siren)
        + QStringLiteral("\nImmatriculation radiée le %1")
              .arg(issued.addDays(-10).toString(QStringLiteral("dd/MM/yyyy")));
}

QString invoiceOperator(const QDate& issued, const QStringList& numbers)
{
    const QDate periodStart = QDate(issued.year(), issued.month(), 1).addMonths(-1);
    return QStringLiteral("TÉLÉCOM OUEST — Facture n° 2026-11-0042\n"
                          "Date de facture : %1\n"
                          "Période de facturation du %2 au %3\n"
                          "Client : ACME TÉLÉCOM, 12 rue de la Paix, 44000 Nantes\n"
                          "Vos lignes : %4\n"
                          "Montant TTC 123,45 €\n"
                          "À payer avant le %5\n"
                          "Prélèvement le %6\n")
        .arg(issued.toString(QStringLiteral("dd/MM/yyyy")),
             periodStart.toString(QStringLiteral("dd/MM/yyyy")),
             periodStart.addMonths(1).addDays(-1).toString(QStringLiteral("dd/MM/yyyy")),
             numbers.join(QStringLiteral(" ;\n")), issued.addDays(15).toString(QStringLiteral("dd/MM/yyyy")),
             issued.addDays(17).toString(QStringLiteral("dd/MM/yyyy")));
}

QString invoiceShortMonth(const QDate& issued, const QStringList& numbers)
{
    QString lines;
    for (const QString& n : numbers)
        lines += QStringLiteral("Ligne %1 — forfait entreprise\n").arg(n);
    return QStringLiteral("FACTURE DU %1\n"
                          "Opérateur Sud Télécom SAS\n"
                          "%2"
                          "Date d'échéance\n"
                          "%3\n")
        .arg(frenchDate(issued, true).toUpper(), lines, frenchDate(issued.addMonths(1)));
}

QString invoiceTwoDigitYear(const QDate& issued, const QStringList& numbers)
{
    return QStringLiteral("Facture établie le %1\n"
                          "Portabilité effectuée le 01/09/2025\n"
                          "Numéros facturés : %2\n"
                          "Échéance : %3\n")
        .arg(issued.toString(QStringLiteral("dd.MM.yy")), numbers.join(QStringLiteral(",\n")),
             issued.addDays(30).toString(QStringLiteral("dd.MM.yy")));
}

QString invoiceWithoutIssueDate(const QDate& period, const QStringList& numbers)
{
    return QStringLiteral("Relevé de consommations du %1 au %2\n"
                          "Lignes : %3\n"
                          "Date limite de paiement : %4\n")
        .arg(period.toString(QStringLiteral("dd/MM/yyyy")),
             period.addMonths(1).toString(QStringLiteral("dd/MM/yyyy")), numbers.join(QStringLiteral(", ")),
             period.addMonths(1).addDays(10).toString(QStringLiteral("dd/MM/yyyy")));
}

QString kbisWrapped(const QDate& issued, const QString& siren)
{
    // The title's last words and "à jour" on one line, "au" and the date on the next.
    return QStringLiteral("Greffe du Tribunal de Commerce de Nantes\n"
                          "Code de vérification : HTpZkQ9a3e\n"
                          "EXTRAIT KBIS — EXTRAIT D'IMMATRICULATION PRINCIPALE à jour\n"
                          "au %1\n"
                          "Immatriculation au RCS, numéro %2 R.C.S. Nantes\n"
                          "Date d'immatriculation 01/12/2009\n"
                          "Dénomination ou raison sociale ACME TÉLÉCOM\n"
                          "Durée de la personne morale Jusqu'au 30/11/2108\n")
        .arg(frenchDate(issued), spacedSiren(siren));
}

QString invoiceDuplicata(const QDate& issued, const QDate& printed, const QStringList& numbers)
{
    return QStringLiteral("TÉLÉCOM OUEST — DUPLICATA\n"
                          "Facture n° 2026-07-0042 du %1\n"
                          "Date d'édition : %2\n"
                          "Client : ACME TÉLÉCOM, 12 rue de la Paix, 44000 Nantes\n"
                          "Vos lignes : %3\n"
                          "Montant TTC 123,45 €\n"
                          "À payer avant le %4\n")
        .arg(issued.toString(QStringLiteral("dd/MM/yyyy")), printed.toString(QStringLiteral("dd/MM/yyyy")),
             numbers.join(QStringLiteral(" ;\n")), issued.addDays(15).toString(QStringLiteral("dd/MM/yyyy")));
}

QString invoicePrintDateOnly(const QDate& printed, const QStringList& numbers)
{
    return QStringLiteral("DUPLICATA\n"
                          "TÉLÉCOM OUEST — Facture n° 2026-07-0042\n"
                          "Document téléchargé le %1\n"
                          "Client : ACME TÉLÉCOM\n"
                          "Vos lignes : %2\n")
        .arg(frenchDate(printed, true), numbers.join(QStringLiteral(" ;\n")));
}

QString invoicePeriodOnly(const QDate& periodStart, const QStringList& numbers)
{
    return QStringLiteral("TÉLÉCOM OUEST\n"
                          "Facture du %1 au %2\n"
                          "Client : ACME TÉLÉCOM\n"
                          "Vos lignes : %3\n"
                          "Montant TTC 45,00 €\n")
        .arg(periodStart.toString(QStringLiteral("dd/MM/yyyy")),
             periodStart.addMonths(1).addDays(-1).toString(QStringLiteral("dd/MM/yyyy")),
             numbers.join(QStringLiteral(" ;\n")));
}

QString invoiceTable(const QDate& issued, const QStringList& numbers)
{
    // The due date's label stands right of the invoice date's, on the same header row.
    return QStringLiteral("TÉLÉCOM EST — Votre facture\n"
                          "Client : ACME TÉLÉCOM\n"
                          "N° de compte\tDate de facture\tDate d'échéance\tMontant TTC\n"
                          "7700123\t%1\t%2\t123,45 €\n"
                          "Vos lignes : %3\n")
        .arg(issued.toString(QStringLiteral("dd/MM/yyyy")),
             issued.addDays(15).toString(QStringLiteral("dd/MM/yyyy")), numbers.join(QStringLiteral(" ;\n")));
}

QString rneExtract(const QDate& issued, const QString& siren)
{
    return QStringLiteral("INPI — Institut national de la propriété industrielle\n"
                          "EXTRAIT DU REGISTRE NATIONAL DES ENTREPRISES (RNE)\n"
                          "Entreprise individuelle\n"
                          "à jour au %1\n"
                          "Nom : DUPONT Jean — Plomberie Dupont\n"
                          "SIREN : %2\n"
                          "Date d'immatriculation au RNE : 14/02/2023\n"
                          "Début d'activité : 01/03/2023\n"
                          "Activité principale : plomberie, chauffage\n")
        .arg(frenchDate(issued), spacedSiren(siren));
}

QString sireneNotice(const QDate& issued, const QString& siren)
{
    return QStringLiteral("INSEE\n"
                          "Avis de situation au répertoire Sirene\n"
                          "Situation au %1\n"
                          "Identifiant SIREN : %2\n"
                          "Date de création de l'entreprise : 01/12/2009\n"
                          "Catégorie juridique : 1000 Entrepreneur individuel\n"
                          "État administratif : actif\n")
        .arg(issued.toString(QStringLiteral("dd/MM/yyyy")), spacedSiren(siren));
}

QString rnaReceipt(const QDate& issued, const QString& siren)
{
    return QStringLiteral("RÉPUBLIQUE FRANÇAISE — Préfecture du Rhône\n"
                          "RÉCÉPISSÉ DE DÉCLARATION DE MODIFICATION D'UNE ASSOCIATION\n"
                          "Répertoire national des associations (RNA) : W691234567\n"
                          "Association : LES AMIS DU QUARTIER\n"
                          "SIREN : %2\n"
                          "Déclaration reçue le 28/10/2021\n"
                          "Récépissé délivré le %1\n")
        .arg(frenchDate(issued), spacedSiren(siren));
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray encrypted(const QByteArray& pdf, const QString& workDir)
{
    const QString in = workDir + QStringLiteral("/plain.pdf");
    const QString out = workDir + QStringLiteral("/locked.pdf");
    if (!writeFile(in, pdf))
        return {};
    QProcess qpdf;
    qpdf.start(QStringLiteral("qpdf"),
               { QStringLiteral("--encrypt"), QStringLiteral("secret"), QStringLiteral("owner"),
                 QStringLiteral("256"), QStringLiteral("--"), in, out });
    if (!qpdf.waitForFinished(30000) || qpdf.exitCode() != 0)
        return {};
    return readFile(out);
}

} // namespace Fixtures

namespace Fixtures {

static bool runTool(const QString& program, const QStringList& args, const QString& workDir)
{
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), p.readAll().constData());
        return false;
    }
    return true;
}

QByteArray signedPdf(const QByteArray& pdf, const QString& workDir, const QString& signer)
{
    // A throw-away certificate, made now: no key is ever committed.
    const QString nss = workDir + QStringLiteral("/nss");
    QDir().mkpath(nss);
    if (!writeFile(workDir + QStringLiteral("/to-sign.pdf"), pdf))
        return {};
    const bool ok = runTool(QStringLiteral("openssl"),
                            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                              QStringLiteral("rsa:2048"), QStringLiteral("-keyout"),
                              QStringLiteral("key.pem"), QStringLiteral("-out"), QStringLiteral("cert.pem"),
                              QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-nodes"),
                              QStringLiteral("-subj"), QStringLiteral("/CN=%1/O=ACME TELECOM").arg(signer) },
                            workDir)
        && runTool(QStringLiteral("openssl"),
                   { QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-out"),
                     QStringLiteral("id.p12"), QStringLiteral("-inkey"), QStringLiteral("key.pem"),
                     QStringLiteral("-in"), QStringLiteral("cert.pem"), QStringLiteral("-passout"),
                     QStringLiteral("pass:test"), QStringLiteral("-name"), QStringLiteral("signer") },
                   workDir)
        && runTool(QStringLiteral("certutil"),
                   { QStringLiteral("-N"), QStringLiteral("-d"), QStringLiteral("sql:") + nss,
                     QStringLiteral("--empty-password") },
                   workDir)
        && runTool(QStringLiteral("pk12util"),
                   { QStringLiteral("-i"), QStringLiteral("id.p12"), QStringLiteral("-d"),
                     QStringLiteral("sql:") + nss, QStringLiteral("-W"), QStringLiteral("test") },
                   workDir)
        && runTool(QStringLiteral("pdfsig"),
                   { QStringLiteral("-nssdir"), QStringLiteral("sql:") + nss,
                     QStringLiteral("-add-signature"), QStringLiteral("-nick"), QStringLiteral("signer"),
                     QStringLiteral("to-sign.pdf"), QStringLiteral("signed.pdf") },
                   workDir);
    if (!ok)
        return {};
    return readFile(workDir + QStringLiteral("/signed.pdf"));
}

QByteArray operatorForm(const QString& path)
{
    QProcess gs;
    gs.start(QStringLiteral("gs"),
             { QStringLiteral("-q"), QStringLiteral("-dNOPAUSE"), QStringLiteral("-dBATCH"),
               QStringLiteral("-sDEVICE=pdfwrite"), QStringLiteral("-sOutputFile=") + path,
               QStringLiteral(MANDATDESK_SOURCE_DIR "/tests/data/operator-form.ps") });
    if (!gs.waitForFinished(60000) || gs.exitStatus() != QProcess::NormalExit || gs.exitCode() != 0)
        return {};
    return readFile(path);
}

} // namespace Fixtures

} // namespace Mandat

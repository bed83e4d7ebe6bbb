#include "AuthorisedListExport.h"

#include "AuthorisedReference.h"
#include "model/CompanyIdentifier.h"
#include "numbering/NumberCategory.h"
#include "store/Profile.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace Mandat {

namespace {
QString shortDate(const QDate& d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

QString csvField(const QString& s)
{
    if (!s.contains(u';') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    return u'"' + QString(s).replace(QLatin1String("\""), QLatin1String("\"\"")) + u'"';
}

QString csvRow(const QStringList& fields)
{
    QStringList quoted;
    for (const QString& f : fields)
        quoted.append(csvField(f));
    return quoted.join(u';') + QLatin1String("\r\n");
}

QString cell(const QString& s)
{
    return QStringLiteral("<td>%1</td>").arg(s.toHtmlEscaped());
}

// A number, a SIREN or a date: never split over two lines (a reader copies it whole).
QString unbroken(const QString& s)
{
    return QStringLiteral("<td style=\"white-space: nowrap\">%1</td>").arg(s.toHtmlEscaped());
}

QString headerRow(const QStringList& labels)
{
    QString row = QStringLiteral("<tr>");
    for (const QString& l : labels)
        row += QStringLiteral("<th align=\"left\">%1</th>").arg(l.toHtmlEscaped());
    return row + QStringLiteral("</tr>");
}

QString sirenText(const QString& siren)
{
    return siren.isEmpty() ? QString() : CompanyIdentifier::formatSiren(siren);
}
} // namespace

AuthorisedListExport::Format AuthorisedListExport::formatOf(const QString& path, Format fallback)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return fallback;
}

QByteArray AuthorisedListExport::csv(const AuthorisedList& list, const AuthorisedChanges& changes)
{
    QHash<QString, const AuthorisedChanges::Change*> added;
    const QList<AuthorisedChanges::Change> addedList = changes.ofKind(AuthorisedChanges::Kind::Added);
    for (const AuthorisedChanges::Change& c : addedList)
        added.insert(c.siren + u'|' + c.e164, &c);
    QString text = csvRow({ tr("Client"), tr("SIREN"), tr("Number"), tr("E.164"), tr("Category"),
                            tr("Mandate"), tr("Dossier"), tr("Validated on"), tr("Valid until"),
                            tr("Other valid mandates"), tr("Change"), tr("Why") });
    for (const AuthorisedClient& c : list.clients()) {
        for (const AuthorisedNumber& n : c.numbers) {
            QStringList others;
            for (const AuthorisedMandate& m : n.alsoValidUnder)
                others.append(tr("%1 (until %2)").arg(m.name, shortDate(m.validUntil)));
            const bool isNew = added.contains(c.siren + u'|' + n.e164);
            text += csvRow({ c.legalName, c.siren, n.national, n.e164, numberCategoryLabel(n.category),
                             n.mandate.name, n.mandate.dossierId.toString(QUuid::WithoutBraces),
                             shortDate(n.mandate.validatedOn), shortDate(n.mandate.validUntil),
                             others.join(QLatin1String(", ")),
                             isNew ? AuthorisedChanges::kindLabel(AuthorisedChanges::Kind::Added) : QString(),
                             QString() });
        }
    }
    // The numbers that left the list: to be blocked from now on.
    for (const AuthorisedChanges::Change& ch : changes.changes) {
        if (ch.kind == AuthorisedChanges::Kind::Added)
            continue;
        text += csvRow({ ch.clientName, ch.siren, ch.national, ch.e164, QString(), ch.dossierName,
                         ch.dossierId.toString(QUuid::WithoutBraces), QString(), shortDate(ch.validUntil),
                         QString(), AuthorisedChanges::kindLabel(ch.kind),
                         AuthorisedChanges::reasonLabel(ch) });
    }
    // A byte order mark: spreadsheets then read the accents right.
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

bool AuthorisedListExport::writePdf(const AuthorisedList& list, const AuthorisedChanges& changes,
                                    const QString& provider, const QString& path, QString* error)
{
    const QString title = tr("Numbers authorised for presentation on %1")
                              .arg(QLocale().toString(list.on(), QLocale::LongFormat));
    QString html = QStringLiteral("<html><body style=\"font-size: 9pt\">");
    html += QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped());
    if (!provider.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Provider: %1").arg(provider).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("The numbers of the valid mandates, per client (ARCEP decision 2025-2215): the "
                        "provider "
                        "may present these numbers and no other. %n number(s) of %1 client(s). A number "
                        "under several valid mandates is listed once, with the one that lasts longest.",
                        nullptr, list.numberCount())
                         .arg(list.clients().size())
                         .toHtmlEscaped());
    const QStringList numberHeader { tr("Number"),       tr("E.164"),       tr("Category"), tr("Mandate"),
                                     tr("Validated on"), tr("Valid until"), tr("Change") };
    QHash<QString, bool> added;
    for (const AuthorisedChanges::Change& c : changes.ofKind(AuthorisedChanges::Kind::Added))
        added.insert(c.siren + u'|' + c.e164, true);
    for (const AuthorisedClient& c : list.clients()) {
        const QString heading
            = c.siren.isEmpty() ? c.legalName : tr("%1 (SIREN %2)").arg(c.legalName, sirenText(c.siren));
        html += QStringLiteral("<h3>%1</h3>").arg(heading.toHtmlEscaped());
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
        html += headerRow(numberHeader);
        for (const AuthorisedNumber& n : c.numbers) {
            QString mandate = n.mandate.name;
            if (!n.alsoValidUnder.isEmpty())
                mandate += u' '
                    + tr("(also under %n other valid mandate(s))", nullptr, int(n.alsoValidUnder.size()));
            html += QStringLiteral("<tr>") + unbroken(n.national) + unbroken(n.e164)
                + cell(numberCategoryLabel(n.category)) + cell(mandate)
                + unbroken(shortDate(n.mandate.validatedOn)) + unbroken(shortDate(n.mandate.validUntil))
                + cell(added.contains(c.siren + u'|' + n.e164)
                           ? AuthorisedChanges::kindLabel(AuthorisedChanges::Kind::Added)
                           : QString())
                + QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    if (list.clients().isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("No valid mandate on that day: no number may be presented.").toHtmlEscaped());

    html += QStringLiteral("<h2>%1</h2>").arg(tr("Changes since the last list").toHtmlEscaped());
    if (!changes.hasReference)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("No list was exported before: every number is new.").toHtmlEscaped());
    else
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Compared with the list for %1, exported on %2.")
                             .arg(QLocale().toString(changes.referenceOn, QLocale::LongFormat),
                                  QLocale().toString(changes.referenceRecordedAt.toLocalTime(),
                                                     QLocale::ShortFormat))
                             .toHtmlEscaped());
    const QStringList changeHeader { tr("Client"),  tr("SIREN"),       tr("Number"),
                                     tr("Mandate"), tr("Valid until"), tr("Why") };
    for (AuthorisedChanges::Kind kind : { AuthorisedChanges::Kind::Added, AuthorisedChanges::Kind::Expired,
                                          AuthorisedChanges::Kind::Revoked }) {
        const QList<AuthorisedChanges::Change> of = changes.ofKind(kind);
        const QString label = kind == AuthorisedChanges::Kind::Added
            ? tr("Added: %n number(s)", nullptr, int(of.size()))
            : kind == AuthorisedChanges::Kind::Expired
            ? tr("Expired: %n number(s), to block", nullptr, int(of.size()))
            : tr("Revoked: %n number(s), to block", nullptr, int(of.size()));
        html += QStringLiteral("<h3>%1</h3>").arg(label.toHtmlEscaped());
        if (of.isEmpty())
            continue;
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
        html += headerRow(changeHeader);
        for (const AuthorisedChanges::Change& ch : of)
            html += QStringLiteral("<tr>") + cell(ch.clientName) + unbroken(sirenText(ch.siren))
                + unbroken(ch.national) + cell(ch.dossierName) + unbroken(shortDate(ch.validUntil))
                + cell(AuthorisedChanges::reasonLabel(ch)) + QStringLiteral("</tr>");
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("</body></html>");

    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("MandatDesk"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    // QTextDocument::print() adds its own 2 cm around the page: no margin of the writer's on top.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    QTextDocument doc;
    doc.setHtml(html);
    doc.print(&writer);
    // QPdfWriter says nothing of a file it could not write: look.
    if (QFileInfo(path).size() == 0) {
        *error = tr("The PDF could not be written to %1.").arg(path);
        return false;
    }
    return true;
}

bool AuthorisedListExport::exportTo(Profile& profile, const QDate& on, Format format, const QString& path,
                                    Result* result, QString* error)
{
    std::optional<AuthorisedList> list = AuthorisedList::build(profile.database(), on, error);
    if (!list)
        return false;
    QString refError;
    const std::optional<AuthorisedReference> reference
        = AuthorisedReference::last(profile.database(), &refError);
    if (!refError.isEmpty()) {
        *error = refError;
        return false;
    }
    std::optional<AuthorisedChanges> changes
        = AuthorisedChanges::compute(profile.database(), *list, reference, error);
    if (!changes)
        return false;
    if (format == Format::Csv) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv(*list, *changes)) < 0 || !file.commit()) {
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
    } else {
        const std::optional<Company> provider = profile.dossiers().provider(nullptr);
        const QString providerText = provider && !provider->legalName.isEmpty()
            ? (provider->siren.isEmpty()
                   ? provider->legalName
                   : tr("%1 (SIREN %2)").arg(provider->legalName, sirenText(provider->siren)))
            : QString();
        if (!writePdf(*list, *changes, providerText, path, error))
            return false;
    }
    if (!AuthorisedReference::record(profile.database(), *list,
                                     format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("pdf"),
                                     Profile::currentUserName(), error)) {
        *error
            = tr("The list was written to %1, but could not be kept as the reference for the next export: %2")
                  .arg(path, *error);
        return false;
    }
    if (result) {
        result->clients = int(list->clients().size());
        result->numbers = list->numberCount();
        result->changes = *changes;
    }
    return true;
}

} // namespace Mandat

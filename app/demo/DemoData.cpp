#include "DemoData.h"

#include "core/Clock.h"
#include "documents/DocumentIntake.h"
#include "model/CompanyIdentifier.h"
#include "numbering/NumberClassifier.h"
#include "store/Profile.h"
#include "sync/Outbox.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

namespace Mandat {

namespace {
const char* const kPrefixes[] = { "Boulangerie", "Cabinet",    "Garage",     "Pharmacie",  "Agence",
                                  "Clinique",    "Menuiserie", "Transports", "Librairie",  "Optique",
                                  "Hôtel",       "Imprimerie", "Assurances", "Fromagerie", "Plomberie" };
const char* const kNames[] = { "Dupont",   "Lefèvre",   "Moreau",  "Girard",  "Bonnet",  "Mercier", "Lambert",
                               "Fontaine", "Chevalier", "Robin",   "Masson",  "Sanchez", "Muller",  "Lemaire",
                               "Faure",    "André",     "Gautier", "Roussel", "Perrin",  "Morel" };
const char* const kCities[] = { "Nantes",   "Lyon",        "Bordeaux",   "Lille", "Rennes",
                                "Toulouse", "Montpellier", "Strasbourg", "Dijon", "Angers" };
const char* const kForms[] = { "SAS", "SARL", "SA", "EURL" };
const char* const kRejections[] = {
    "Extrait Kbis de plus de 3 mois",
    "Le numéro 01 62 45 00 18 n'apparaît pas sur la facture",
    "Mandat non signé par le représentant légal",
};

// Numbers in ranges allowed for agents: 01 62, 09 48 (NPV) and geographic ones.
QStringList numbersFor(int i)
{
    QStringList out;
    const int count = 1 + i % 3;
    for (int k = 0; k < count; ++k) {
        const int block = (i * 37 + k * 11) % 10000;
        switch ((i + k) % 3) {
        case 0:
            out.append(QStringLiteral("+33162%1%2")
                           .arg(45 + k, 2, 10, QLatin1Char('0'))
                           .arg(block, 4, 10, QLatin1Char('0')));
            break;
        case 1:
            out.append(QStringLiteral("+33948%1%2")
                           .arg(12 + k, 2, 10, QLatin1Char('0'))
                           .arg(block, 4, 10, QLatin1Char('0')));
            break;
        default:
            out.append(QStringLiteral("+3324%1%2")
                           .arg(40 + k, 3, 10, QLatin1Char('0'))
                           .arg(block, 4, 10, QLatin1Char('0')));
        }
    }
    return out;
}

QString frenchDate(const QDate& d)
{
    static const char* const months[]
        = { "janvier", "février", "mars",      "avril",   "mai",      "juin",
            "juillet", "août",    "septembre", "octobre", "novembre", "décembre" };
    return QStringLiteral("%1 %2 %3")
        .arg(d.day() == 1 ? QStringLiteral("1er") : QString::number(d.day()),
             QString::fromUtf8(months[d.month() - 1]))
        .arg(d.year());
}

QString kbisText(const Company& c, const QDate& issued)
{
    return QStringLiteral("Greffe du Tribunal de Commerce de %1\n"
                          "EXTRAIT D'IMMATRICULATION PRINCIPALE AU REGISTRE DU COMMERCE ET DES SOCIETES\n"
                          "à jour au %2\n"
                          "IDENTIFICATION DE LA PERSONNE MORALE\n"
                          "Immatriculation au RCS, numéro %3 %4 %5 R.C.S. %1\n"
                          "Date d'immatriculation 03/04/2012\n"
                          "Dénomination ou raison sociale %6\n"
                          "Forme juridique %7\n"
                          "Adresse du siège %8\n"
                          "GESTION, DIRECTION, ADMINISTRATION\n"
                          "Gérant %9\n")
        .arg(c.rcsCity, frenchDate(issued), c.siren.left(3), c.siren.mid(3, 3), c.siren.right(3), c.legalName,
             c.legalForm, c.address, c.representativeName);
}

QString signedMandateText(const Company& client, const Company& provider, const QStringList& numbers,
                          const QDate& signedOn)
{
    QStringList shown;
    for (const QString& n : numbers)
        shown.append(NumberClassifier::builtIn().national(n));
    return QStringLiteral("MANDAT DE PRÉSENTATION DE NUMÉRO TIERS\n"
                          "Le mandant : %1, SIREN %2, représenté par %3\n"
                          "autorise le mandataire : %4, SIREN %5\n"
                          "à présenter les numéros suivants : %6\n"
                          "Fait à %7, le %8\n"
                          "Signature et cachet du mandant : %3 — [signé] [cachet]\n")
        .arg(client.legalName, client.siren, client.representativeName, provider.legalName, provider.siren,
             shown.join(QStringLiteral(", ")), client.rcsCity,
             signedOn.toString(QStringLiteral("dd/MM/yyyy")));
}

QString invoiceText(const Company& c, const QDate& issued, const QStringList& numbers)
{
    QStringList shown;
    for (const QString& n : numbers)
        shown.append(NumberClassifier::builtIn().national(n));
    return QStringLiteral("TÉLÉCOM OUEST — Facture n° %1\n"
                          "Date de facture : %2\n"
                          "Client : %3, %4\n"
                          "Vos lignes : %5\n"
                          "Montant TTC 89,90 €\n")
        .arg(issued.toString(QStringLiteral("yyyyMMdd")), issued.toString(QStringLiteral("dd/MM/yyyy")),
             c.legalName, c.address, shown.join(QStringLiteral(" ; ")));
}
// The provider the profile already has, or the demo's.
bool ensureProvider(DossierStore& store, Company* provider, QString* error)
{
    provider->legalName = QStringLiteral("Horizon Contact");
    provider->legalForm = QStringLiteral("SAS");
    provider->shareCapital = QStringLiteral("50 000 €");
    provider->address = QStringLiteral("8 quai Perrache, 69002 Lyon");
    provider->siren = DemoData::siren(1);
    provider->rcsCity = QStringLiteral("Lyon");
    provider->representativeName = QStringLiteral("Claire Vasseur");
    provider->representativeTitle = QStringLiteral("Présidente");
    if (const std::optional<Company> existing = store.provider(error)) {
        *provider = *existing;
        return true;
    }
    return store.setProvider(*provider, error);
}

// The i-th demo client and its dossier's name and numbers (fit for agents).
Dossier demoDossier(int i)
{
    Dossier d;
    const QString family = QString::fromUtf8(kNames[(i / 15) % 20]);
    d.client.legalName = QStringLiteral("%1 %2").arg(QString::fromUtf8(kPrefixes[i % 15]), family);
    if (i >= 300)
        d.client.legalName += QStringLiteral(" %1").arg(i / 300 + 1);
    d.client.legalForm = QString::fromUtf8(kForms[i % 4]);
    d.client.rcsCity = QString::fromUtf8(kCities[i % 10]);
    d.client.address = QStringLiteral("%1 rue %2, %3")
                           .arg(3 + i % 90)
                           .arg(QStringLiteral("de la République"), d.client.rcsCity);
    d.client.siren = DemoData::siren(i + 2);
    d.client.representativeName
        = QStringLiteral("%1 %2").arg(i % 2 ? QStringLiteral("Marie") : QStringLiteral("Paul"), family);
    d.client.representativeTitle = QStringLiteral("Gérant");
    d.name = DemoData::tr("Campaign %1").arg(d.client.legalName);
    d.numbers = numbersFor(i);
    d.use = PhoneUse::Agents;
    return d;
}

// The signed mandate (its signature confirmed, as a user does for a scan), the Kbis and the
// invoice of a dossier, as painted PDFs read and checked like real ones.
bool addDocuments(DossierStore& store, const Dossier& d, const Company& provider, const QDate& today,
                  const QDate& kbisDay, const QDate& invoiceDay, QString* error)
{
    const QString slug = d.client.legalName.toLower().replace(u' ', u'-');
    const QList<std::tuple<Document::Kind, QString, QString>> docs {
        { Document::Kind::SignedMandate, QStringLiteral("mandat-signe-%1.pdf").arg(slug),
          // Signed once the dossier exists (today): an earlier date is warned about.
          signedMandateText(d.client, provider, d.numbers, today) },
        { Document::Kind::Kbis, QStringLiteral("kbis-%1.pdf").arg(slug), kbisText(d.client, kbisDay) },
        { Document::Kind::Invoice, QStringLiteral("facture-%1.pdf").arg(slug),
          invoiceText(d.client, invoiceDay, d.numbers) },
    };
    for (const auto& [docKind, name, text] : docs) {
        const DocumentIntake::Outcome added
            = DocumentIntake::add(store, d.id, docKind, name, DemoData::textPdf({ text }));
        if (!added.document) {
            *error = added.error;
            return false;
        }
        // The demo's "scans" of signed mandates: the user looked and confirmed signature and stamp.
        if (docKind == Document::Kind::SignedMandate
            && !store.setSignatureConfirmed(added.document->id, true, Profile::currentUserName(), error))
            return false;
    }
    return true;
}
} // namespace

QString DemoData::siren(int seed)
{
    QString digits = QStringLiteral("%1").arg(31000000 + (seed * 7919) % 68000000, 8, 10, QLatin1Char('0'));
    for (int check = 0; check <= 9; ++check) {
        const QString candidate = digits + QString::number(check);
        if (CompanyIdentifier::luhnValid(candidate))
            return candidate;
    }
    return digits + u'0';
}

QByteArray DemoData::textPdf(const QStringList& pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("MandatDesk demo"));
    QPainter p(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    p.setFont(font);
    const QRect area(200, 200, writer.width() - 400, writer.height() - 400);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        p.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, pages.at(i));
    }
    p.end();
    return bytes;
}

bool DemoData::populate(Profile& profile, int dossiers, QString* error,
                        const std::function<void(int, int)>& progress)
{
    DossierStore& store = profile.dossiers();
    const QDate today = Clock::instance().today();
    const QString by = tr("demo");
    Company provider;
    if (!ensureProvider(store, &provider, error))
        return false;

    const bool canPaint = qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr;
    for (int i = 0; i < dossiers; ++i) {
        const int kind = i % 10;
        Dossier d = demoDossier(i);
        if (kind == 2)
            d.numbers.append(QStringLiteral("+33612%1").arg(100000 + i % 900000, 6, 10, QLatin1Char('0')));
        d.use = i % 4 == 3 ? PhoneUse::Automated : PhoneUse::Agents;
        if (!store.createDossier(d, by, error))
            return false;

        // Kind 3 has a stale invoice; the others fresh documents, dated some days back.
        if (canPaint && i < withDocuments && kind != 1
            && !addDocuments(store, d, provider, today, today.addDays(-(5 + i % 20)),
                             kind == 3 ? today.addMonths(-4) : today.addDays(-(8 + i % 15)), error))
            return false;

        // Statuses: 0–3 not submitted (ready, no documents, mobile number, stale invoice), then
        // queued, under review, rejected, valid, expiring soon, expired.
        auto step = [&](DossierStatus::Status to, const QDate& on, const QString& reason = {}) {
            return store.setStatus(d.id, to, on, reason, by, nullptr, error);
        };
        bool ok = true;
        if (kind == 4) {
            // Queued as the window queues: with its outbox item, or it would wait for nothing.
            Outbox outbox(profile.database());
            const QDateTime at = QDateTime(today.addDays(-20), QTime(9, 0), Qt::UTC);
            ok = store.setStatus(
                d.id, DossierStatus::Queued, today.addDays(-20), {}, by, nullptr, error,
                [&](QString* inner) { return outbox.enqueue(d.id, QStringLiteral("submit"), at, inner); });
        } else if (kind > 4) {
            ok = step(DossierStatus::Queued, today.addDays(-20));
        }
        if (ok && kind >= 5)
            ok = step(DossierStatus::UnderReview, today.addDays(-19));
        if (ok && kind == 6)
            ok = step(DossierStatus::Rejected, today.addDays(-12), QString::fromUtf8(kRejections[i % 3]));
        if (ok && kind >= 7) {
            const QDate validated = kind == 7 ? today.addMonths(-2).addDays(-(i % 40))
                : kind == 8                   ? today.addMonths(-12).addDays(6 + i % 20)
                                              : today.addMonths(-13).addDays(-(i % 30));
            ok = step(DossierStatus::Valid, validated);
        }
        if (!ok)
            return false;
        if (progress)
            progress(i + 1, dossiers);
    }
    return true;
}

bool DemoData::populateReady(Profile& profile, int dossiers, QString* error,
                             const std::function<void(int, int)>& progress)
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
        *error = tr("The documents of ready dossiers are painted: a graphical application is needed.");
        return false;
    }
    DossierStore& store = profile.dossiers();
    const QDate today = Clock::instance().today();
    Company provider;
    if (!ensureProvider(store, &provider, error))
        return false;
    for (int i = 0; i < dossiers; ++i) {
        Dossier d = demoDossier(i);
        if (!store.createDossier(d, tr("demo"), error)
            || !addDocuments(store, d, provider, today, today.addDays(-(5 + i % 20)),
                             today.addDays(-(8 + i % 15)), error))
            return false;
        if (progress)
            progress(i + 1, dossiers);
    }
    return true;
}

} // namespace Mandat

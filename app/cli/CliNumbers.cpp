// mandatdesk-cli: numbers authorised (the list of ARCEP decision 2025-2215).
#include "Cli.h"
#include "CliSupport.h"
#include "authorised/AuthorisedChanges.h"
#include "authorised/AuthorisedList.h"
#include "authorised/AuthorisedReference.h"
#include "core/Clock.h"
#include "model/CompanyIdentifier.h"
#include "numbering/NumberCategory.h"
#include "store/Profile.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Mandat {

using namespace CliSupport;

namespace {
QJsonValue dateOrNull(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject mandateJson(const QUuid& id, const QString& name)
{
    return { { QStringLiteral("dossier_id"), id.toString(QUuid::WithoutBraces) },
             { QStringLiteral("name"), name } };
}

QJsonObject changeJson(const AuthorisedChanges::Change& c)
{
    return {
        { QStringLiteral("client_name"), c.clientName },
        { QStringLiteral("siren"), c.siren },
        { QStringLiteral("e164"), c.e164 },
        { QStringLiteral("national"), c.national },
        { QStringLiteral("mandate"), mandateJson(c.dossierId, c.dossierName) },
        { QStringLiteral("valid_until"), dateOrNull(c.validUntil) },
        { QStringLiteral("reason"), textOrNull(c.reason) },
        { QStringLiteral("status"), textOrNull(c.status) },
    };
}

QString shortId(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces).left(8);
}
} // namespace

int Cli::numbersAuthorised(const QStringList& args)
{
    SubParser p;
    p.add(QStringLiteral("on"), QStringLiteral("date"));
    p.add(QStringLiteral("record"));
    QString error;
    if (!p.parse(args, &error))
        return usage(error);
    if (!p.parser.positionalArguments().isEmpty())
        return usage(tr("Unexpected argument \"%1\".").arg(p.parser.positionalArguments().first()));
    QDate on = Clock::instance().today();
    if (p.parser.isSet(QStringLiteral("on"))) {
        on = QDate::fromString(p.parser.value(QStringLiteral("on")), Qt::ISODate);
        if (!on.isValid())
            return usage(tr("--on takes a date written YYYY-MM-DD."));
    }
    if (!openProfile(&error))
        return fail(Usage, QStringLiteral("profile"), error);
    Database& db = m_profile->database();
    const std::optional<AuthorisedList> list = AuthorisedList::build(db, on, &error);
    if (!list)
        return fail(Blocked, QStringLiteral("store"), error);
    const std::optional<AuthorisedReference> reference = AuthorisedReference::last(db, &error);
    if (!reference && !error.isEmpty())
        return fail(Blocked, QStringLiteral("store"), error);
    const std::optional<AuthorisedChanges> changes = AuthorisedChanges::compute(db, *list, reference, &error);
    if (!changes)
        return fail(Blocked, QStringLiteral("store"), error);
    const bool record = p.parser.isSet(QStringLiteral("record"));
    if (record
        && !AuthorisedReference::record(db, *list, QStringLiteral("cli"), Profile::currentUserName(), &error))
        return fail(Blocked, QStringLiteral("store"), error);

    QJsonArray clients;
    QString text
        = tr("Numbers you may present on %1 (valid mandates, ARCEP decision 2025-2215): %n number(s)",
             nullptr, list->numberCount())
              .arg(on.toString(Qt::ISODate));
    text += tr(", %n client(s).\n", nullptr, int(list->clients().size()));
    text += tr("A number under several valid mandates of its client is listed once, with the one that lasts "
               "longest.\n");
    for (const AuthorisedClient& c : list->clients()) {
        QJsonArray numbers;
        text += u'\n'
            + (c.siren.isEmpty()
                   ? c.legalName
                   : tr("%1 (SIREN %2)").arg(c.legalName, CompanyIdentifier::formatSiren(c.siren)))
            + u'\n';
        for (const AuthorisedNumber& n : c.numbers) {
            QJsonArray others;
            QStringList otherNames;
            for (const AuthorisedMandate& m : n.alsoValidUnder) {
                QJsonObject o = mandateJson(m.dossierId, m.name);
                o.insert(QStringLiteral("validated_on"), dateOrNull(m.validatedOn));
                o.insert(QStringLiteral("valid_until"), dateOrNull(m.validUntil));
                others.append(o);
                otherNames.append(tr("%1 until %2").arg(m.name, m.validUntil.toString(Qt::ISODate)));
            }
            numbers.append(QJsonObject {
                { QStringLiteral("e164"), n.e164 },
                { QStringLiteral("national"), n.national },
                { QStringLiteral("category"), numberCategoryCode(n.category) },
                { QStringLiteral("mandate"), mandateJson(n.mandate.dossierId, n.mandate.name) },
                { QStringLiteral("validated_on"), dateOrNull(n.mandate.validatedOn) },
                { QStringLiteral("valid_until"), dateOrNull(n.mandate.validUntil) },
                { QStringLiteral("also_valid_under"), others },
            });
            text += QStringLiteral("  %1  %2  %3  %4 (%5)  %6 → %7\n")
                        .arg(n.national.leftJustified(16), n.e164.leftJustified(15),
                             numberCategoryCode(n.category).leftJustified(14), n.mandate.name,
                             shortId(n.mandate.dossierId), n.mandate.validatedOn.toString(Qt::ISODate),
                             n.mandate.validUntil.toString(Qt::ISODate));
            if (!otherNames.isEmpty())
                text += tr("      also valid under: %1\n").arg(otherNames.join(QStringLiteral("; ")));
        }
        clients.append(QJsonObject {
            { QStringLiteral("legal_name"), c.legalName },
            { QStringLiteral("siren"), c.siren },
            { QStringLiteral("numbers"), numbers },
        });
    }

    QJsonObject changesJson;
    changesJson.insert(
        QStringLiteral("since"),
        changes->hasReference ? QJsonValue(QJsonObject {
            { QStringLiteral("on"), dateOrNull(changes->referenceOn) },
            { QStringLiteral("recorded_at"), changes->referenceRecordedAt.toUTC().toString(Qt::ISODate) },
            { QStringLiteral("via"), reference->via },
        })
                              : QJsonValue(QJsonValue::Null));
    text += u'\n'
        + (changes->hasReference ? tr("Changes since the list for %1 recorded on %2:\n")
                                       .arg(changes->referenceOn.toString(Qt::ISODate),
                                            changes->referenceRecordedAt.toUTC().toString(Qt::ISODate))
                                 : tr("No list recorded before: every number is added.\n"));
    for (AuthorisedChanges::Kind kind : { AuthorisedChanges::Kind::Added, AuthorisedChanges::Kind::Expired,
                                          AuthorisedChanges::Kind::Revoked }) {
        QJsonArray array;
        const QList<AuthorisedChanges::Change> of = changes->ofKind(kind);
        text += QStringLiteral("  %1: %2\n").arg(AuthorisedChanges::kindLabel(kind)).arg(of.size());
        for (const AuthorisedChanges::Change& c : of) {
            array.append(changeJson(c));
            text += QStringLiteral("    %1  %2  %3 (%4)")
                        .arg(c.national.leftJustified(16), c.clientName, c.dossierName, shortId(c.dossierId));
            const QString why = AuthorisedChanges::reasonLabel(c);
            text += why.isEmpty() ? QStringLiteral("\n") : QStringLiteral(": %1\n").arg(why);
        }
        changesJson.insert(AuthorisedChanges::kindCode(kind), array);
    }
    if (record)
        text += tr("Recorded: the next changes count from this list.\n");

    const std::optional<Company> provider = m_profile->dossiers().provider(nullptr);
    const QJsonObject json {
        { QStringLiteral("on"), on.toString(Qt::ISODate) },
        { QStringLiteral("provider"),
          provider ? QJsonValue(QJsonObject { { QStringLiteral("legal_name"), provider->legalName },
                                              { QStringLiteral("siren"), provider->siren } })
                   : QJsonValue(QJsonValue::Null) },
        // A number under several valid mandates of its client: listed once, under the one that
        // lasts longest; the others are in also_valid_under.
        { QStringLiteral("selection"), QStringLiteral("longest_validity") },
        { QStringLiteral("client_count"), int(list->clients().size()) },
        { QStringLiteral("number_count"), list->numberCount() },
        { QStringLiteral("clients"), clients },
        { QStringLiteral("changes"), changesJson },
        { QStringLiteral("recorded"), record },
    };
    emitResult(json, text);
    return Ok;
}

} // namespace Mandat

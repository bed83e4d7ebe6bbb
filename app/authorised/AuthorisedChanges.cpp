#include "AuthorisedChanges.h"

#include "AuthorisedList.h"
#include "AuthorisedReference.h"
#include "model/DossierStatus.h"
#include "numbering/NumberClassifier.h"
#include "store/Database.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace Mandat {

namespace {
QString keyOf(const QString& siren, const QString& e164)
{
    return siren + u'|' + e164;
}

QString nationalOf(const QString& e164)
{
    const NumberClassification c = NumberClassifier::builtIn().classify(e164);
    return c.valid ? c.national : e164;
}
} // namespace

QList<AuthorisedChanges::Change> AuthorisedChanges::ofKind(Kind kind) const
{
    QList<Change> out;
    for (const Change& c : changes) {
        if (c.kind == kind)
            out.append(c);
    }
    return out;
}

std::optional<AuthorisedChanges>
AuthorisedChanges::compute(Database& db, const AuthorisedList& list,
                           const std::optional<AuthorisedReference>& reference, QString* error)
{
    AuthorisedChanges out;
    QHash<QString, const AuthorisedReference::Entry*> before;
    if (reference) {
        out.hasReference = true;
        out.referenceOn = reference->on;
        out.referenceRecordedAt = reference->recordedAt;
        for (const AuthorisedReference::Entry& e : reference->entries)
            before.insert(keyOf(e.siren, e.e164), &e);
    }
    QHash<QString, bool> now;
    for (const AuthorisedClient& c : list.clients()) {
        for (const AuthorisedNumber& n : c.numbers) {
            const QString key = keyOf(c.siren, n.e164);
            now.insert(key, true);
            if (before.contains(key))
                continue;
            Change ch;
            ch.kind = Kind::Added;
            ch.siren = c.siren;
            ch.clientName = c.legalName;
            ch.e164 = n.e164;
            ch.national = n.national;
            ch.dossierId = n.mandate.dossierId;
            ch.dossierName = n.mandate.name;
            ch.validUntil = n.mandate.validUntil;
            out.changes.append(ch);
        }
    }
    if (!reference)
        return out;

    // Why each number that left did: the dossier it was listed under, as it stands now.
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT d.status, d.validated_on, d.valid_until, c.siren,"
                       " EXISTS (SELECT 1 FROM dossier_numbers n WHERE n.dossier_id = d.id AND n.e164 = ?)"
                       " FROM dossiers d JOIN companies c ON c.id = d.client_id WHERE d.id = ?"));
    const QDate on = list.on();
    for (const AuthorisedReference::Entry& e : reference->entries) {
        if (now.contains(keyOf(e.siren, e.e164)))
            continue;
        Change ch;
        ch.siren = e.siren;
        ch.clientName = e.clientName;
        ch.e164 = e.e164;
        ch.national = nationalOf(e.e164);
        ch.dossierId = e.dossierId;
        ch.dossierName = e.dossierName;
        ch.validUntil = e.validUntil;
        ch.kind = Kind::Revoked;
        if (e.validUntil.isValid() && e.validUntil <= on) {
            ch.kind = Kind::Expired;
            ch.reason = QStringLiteral("validity_ended");
        } else {
            q.bindValue(0, e.e164);
            q.bindValue(1, e.dossierId.toString(QUuid::WithoutBraces));
            if (!execQuery(q, error))
                return std::nullopt;
            if (!q.next()) {
                ch.reason = QStringLiteral("dossier_deleted");
            } else {
                DossierStatus::Status stored = DossierStatus::NotSubmitted;
                DossierStatus::fromCode(q.value(0).toString(), &stored);
                const QDate validatedOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
                const QDate validUntil = QDate::fromString(q.value(2).toString(), Qt::ISODate);
                const DossierStatus::Status status = DossierStatus::effective(stored, validUntil, on);
                if (q.value(3).toString() != e.siren) {
                    ch.reason = QStringLiteral("client_changed");
                } else if (!q.value(4).toBool()) {
                    ch.reason = QStringLiteral("number_removed");
                } else if (status == DossierStatus::Expired) {
                    // Declared expired by the operator before its date.
                    ch.kind = Kind::Expired;
                    ch.reason = QStringLiteral("validity_ended");
                } else if (status == DossierStatus::Valid && validatedOn.isValid() && validatedOn > on) {
                    ch.reason = QStringLiteral("not_yet_valid");
                } else {
                    ch.reason = QStringLiteral("status_changed");
                    ch.status = DossierStatus::code(status);
                }
            }
            q.finish();
        }
        out.changes.append(ch);
    }
    std::stable_sort(out.changes.begin(), out.changes.end(),
                     [](const Change& a, const Change& b) { return int(a.kind) < int(b.kind); });
    return out;
}

QString AuthorisedChanges::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return QStringLiteral("added");
    case Kind::Expired:
        return QStringLiteral("expired");
    case Kind::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

QString AuthorisedChanges::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return tr("added");
    case Kind::Expired:
        return tr("expired");
    case Kind::Revoked:
        return tr("revoked");
    }
    return {};
}

QString AuthorisedChanges::reasonLabel(const Change& c)
{
    if (c.kind == Kind::Added)
        return {};
    if (c.reason == QLatin1String("validity_ended"))
        return tr("the mandate's validity ended");
    if (c.reason == QLatin1String("dossier_deleted"))
        return tr("the dossier was deleted");
    if (c.reason == QLatin1String("number_removed"))
        return tr("the number was removed from the dossier");
    if (c.reason == QLatin1String("client_changed"))
        return tr("the dossier's client changed");
    if (c.reason == QLatin1String("not_yet_valid"))
        return tr("the mandate is not valid yet on that day");
    DossierStatus::Status s = DossierStatus::NotSubmitted;
    if (DossierStatus::fromCode(c.status, &s))
        return tr("the mandate is now \"%1\"").arg(DossierStatus::label(s));
    return tr("the mandate is no longer valid");
}

} // namespace Mandat

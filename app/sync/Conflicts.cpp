#include "Conflicts.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "store/Profile.h"

#include <QJsonArray>

namespace Mandat {

QStringList Conflicts::fieldKeys()
{
    return { QStringLiteral("name"),
             QStringLiteral("legal_name"),
             QStringLiteral("legal_form"),
             QStringLiteral("share_capital"),
             QStringLiteral("address"),
             QStringLiteral("siren"),
             QStringLiteral("rcs_city"),
             QStringLiteral("representative_name"),
             QStringLiteral("representative_title"),
             QStringLiteral("numbers"),
             QStringLiteral("use") };
}

QString Conflicts::fieldLabel(const QString& key)
{
    if (key == QLatin1String("name"))
        return tr("Dossier name");
    if (key == QLatin1String("legal_name"))
        return tr("Client's legal name");
    if (key == QLatin1String("legal_form"))
        return tr("Legal form");
    if (key == QLatin1String("share_capital"))
        return tr("Share capital");
    if (key == QLatin1String("address"))
        return tr("Registered office");
    if (key == QLatin1String("siren"))
        return tr("SIREN");
    if (key == QLatin1String("rcs_city"))
        return tr("RCS city");
    if (key == QLatin1String("representative_name"))
        return tr("Representative");
    if (key == QLatin1String("representative_title"))
        return tr("Representative's title");
    if (key == QLatin1String("numbers"))
        return tr("Numbers");
    if (key == QLatin1String("use"))
        return tr("Use");
    return key;
}

bool Conflicts::sideFromCode(const QString& code, Side* side)
{
    if (code == QLatin1String("mine"))
        *side = Side::Mine;
    else if (code == QLatin1String("theirs"))
        *side = Side::Theirs;
    else
        return false;
    return true;
}

QJsonValue Conflicts::value(const QJsonObject& content, const QString& key)
{
    if (key == QLatin1String("name") || key == QLatin1String("numbers") || key == QLatin1String("use"))
        return content.value(key);
    return content.value(QStringLiteral("client")).toObject().value(key);
}

QString Conflicts::text(const QString& key, const QJsonValue& v)
{
    if (key == QLatin1String("numbers")) {
        QStringList numbers;
        for (const QJsonValue& n : v.toArray())
            numbers.append(n.toString());
        return numbers.join(QStringLiteral(", "));
    }
    if (key == QLatin1String("use")) {
        PhoneUse use;
        if (phoneUseFromCode(v.toString(), &use))
            return use == PhoneUse::Agents ? tr("Calls by agents") : tr("Automated calls");
    }
    return v.toString();
}

QList<Conflicts::Field> Conflicts::differences(const QJsonObject& mine, const QJsonObject& theirs)
{
    QList<Field> fields;
    for (const QString& key : fieldKeys()) {
        const QJsonValue a = value(mine, key);
        const QJsonValue b = value(theirs, key);
        // An absent text and an empty one are the same for a person.
        if (a == b || (a.toString().isEmpty() && b.toString().isEmpty() && !a.isArray() && !b.isArray()))
            continue;
        fields.append({ key, fieldLabel(key), text(key, a), text(key, b) });
    }
    return fields;
}

bool Conflicts::record(Profile& profile, const SyncState::Conflict& conflict, QString* error)
{
    SyncState state(profile.database());
    DossierStore& store = profile.dossiers();
    return profile.database().transaction(
        [&](QString* err) {
            const std::optional<Dossier> d = store.dossier(conflict.id, err);
            if (!d)
                return false;
            const std::optional<SyncState::Conflict> known = state.conflict(conflict.id);
            if (known && known->theirVersion == conflict.theirVersion && known->theirs == conflict.theirs)
                return true; // recorded already: the history says it once
            if (!state.recordConflict(conflict, err))
                return false;
            QStringList ours;
            QStringList portal;
            for (const Field& f : differences(SyncState::content(*d), conflict.theirs)) {
                ours.append(tr("%1 \"%2\"").arg(f.label, f.mine));
                portal.append(tr("%1 \"%2\"").arg(f.label, f.theirs));
            }
            const QString who = conflict.theirBy.isEmpty() ? tr("another seat") : conflict.theirBy;
            const QString note = tr("Changed on the portal by %1 (version %2) while this desktop changed it "
                                    "too: nothing was "
                                    "overwritten. Portal's version: %3. This desktop's version: %4.")
                                     .arg(who)
                                     .arg(conflict.theirVersion)
                                     .arg(portal.join(QStringLiteral("; ")), ours.join(QStringLiteral("; ")));
            return store.addHistoryNote(conflict.id, note, QStringLiteral("portal"), err);
        },
        error);
}

bool Conflicts::resolve(Profile& profile, const QUuid& id, const QHash<QString, Side>& choices,
                        std::optional<Side> all, QString* error, QStringList* missing)
{
    SyncState state(profile.database());
    DossierStore& store = profile.dossiers();
    const std::optional<SyncState::Conflict> conflict = state.conflict(id);
    if (!conflict) {
        *error = tr("This dossier has no conflict with the portal.");
        return false;
    }
    std::optional<Dossier> d = store.dossier(id, error);
    if (!d)
        return false;
    for (auto it = choices.begin(); it != choices.end(); ++it) {
        if (!fieldKeys().contains(it.key())) {
            *error = tr("Unknown field \"%1\"; the fields are: %2.")
                         .arg(it.key(), fieldKeys().join(QStringLiteral(", ")));
            return false;
        }
    }
    const QList<Field> fields = differences(SyncState::content(*d), conflict->theirs);
    QStringList unchosen;
    QStringList taken;
    QStringList kept;
    Dossier merged = *d;
    QJsonObject client = merged.client.toJson();
    for (const Field& f : fields) {
        const std::optional<Side> side = choices.contains(f.key) ? std::optional(choices.value(f.key)) : all;
        if (!side) {
            unchosen.append(f.key);
            continue;
        }
        if (*side == Side::Mine) {
            kept.append(f.label);
            continue;
        }
        taken.append(f.label);
        const QJsonValue v = value(conflict->theirs, f.key);
        if (f.key == QLatin1String("name")) {
            merged.name = v.toString();
        } else if (f.key == QLatin1String("numbers")) {
            merged.numbers.clear();
            for (const QJsonValue& n : v.toArray())
                merged.numbers.append(n.toString());
        } else if (f.key == QLatin1String("use")) {
            phoneUseFromCode(v.toString(), &merged.use);
        } else {
            client.insert(f.key, v);
        }
    }
    if (!unchosen.isEmpty()) {
        if (missing)
            *missing = unchosen;
        *error = tr("Say which side to take for: %1.").arg(unchosen.join(QStringLiteral(", ")));
        return false;
    }
    const qint64 companyId = merged.client.id;
    merged.client = Company::fromJson(client);
    merged.client.id = companyId;
    const QString who = conflict->theirBy.isEmpty() ? tr("another seat") : conflict->theirBy;
    QString note = tr("Conflict resolved on this desktop.");
    if (!taken.isEmpty())
        note += u' '
            + tr("Taken from the portal's version (%1, version %2): %3.")
                  .arg(who)
                  .arg(conflict->theirVersion)
                  .arg(taken.join(QStringLiteral(", ")));
    if (!kept.isEmpty())
        note += u' ' + tr("Kept from this desktop: %1.").arg(kept.join(QStringLiteral(", ")));
    return profile.database().transaction(
        [&](QString* err) {
            if (!taken.isEmpty() && !store.updateDossier(merged, err))
                return false;
            // On top of the portal's version: the next sync pushes what differs from it.
            SyncState::Base base = state.base(id);
            base.version = conflict->theirVersion;
            base.content = conflict->theirs;
            return state.setBase(id, base, 0, err) && state.clearConflict(id, err)
                && store.addHistoryNote(id, note, Profile::currentUserName(), err);
        },
        error);
}

} // namespace Mandat

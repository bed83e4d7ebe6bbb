// Working as a team: the conflicts between this desktop and the portal, and the drafts setting.

#include "Cli.h"
#include "CliSupport.h"
#include "store/Profile.h"
#include "store/ProfileSettings.h"
#include "sync/Conflicts.h"
#include "sync/SyncState.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Mandat {

using namespace CliSupport;

int Cli::dossierConflicts(const QStringList& args)
{
    if (!args.isEmpty())
        return usage(tr("Use: dossier conflicts"));
    QString error;
    if (!openProfile(&error))
        return fail(Usage, QStringLiteral("profile"), error);
    QJsonArray list;
    QString text;
    for (const SyncState::Conflict& c : SyncState(m_profile->database()).conflicts()) {
        const std::optional<Dossier> d = m_profile->dossiers().dossier(c.id, nullptr);
        if (!d)
            continue;
        QJsonArray fields;
        text += tr("%1  %2 — the portal's version %3, by %4:\n")
                    .arg(c.id.toString(QUuid::WithoutBraces).left(8), d->name)
                    .arg(c.theirVersion)
                    .arg(c.theirBy);
        for (const Conflicts::Field& f : Conflicts::differences(SyncState::content(*d), c.theirs)) {
            fields.append(QJsonObject { { QStringLiteral("field"), f.key },
                                        { QStringLiteral("label"), f.label },
                                        { QStringLiteral("mine"), f.mine },
                                        { QStringLiteral("theirs"), f.theirs } });
            text += tr("    %1: mine \"%2\", theirs \"%3\"\n").arg(f.key, f.mine, f.theirs);
        }
        list.append(QJsonObject { { QStringLiteral("id"), c.id.toString(QUuid::WithoutBraces) },
                                  { QStringLiteral("name"), d->name },
                                  { QStringLiteral("their_version"), c.theirVersion },
                                  { QStringLiteral("their_by"), c.theirBy },
                                  { QStringLiteral("detected_at"), c.detectedAt.toString(Qt::ISODate) },
                                  { QStringLiteral("fields"), fields } });
    }
    if (list.isEmpty())
        text = tr("No conflict with the portal.\n");
    emitResult(QJsonObject { { QStringLiteral("conflicts"), list } }, text);
    return Ok;
}

int Cli::dossierResolve(const QStringList& args)
{
    const QString use = tr("Use: dossier resolve ID --take mine|theirs|FIELD=mine|theirs [--take ...]");
    QStringList positional;
    std::optional<Conflicts::Side> all;
    QHash<QString, Conflicts::Side> choices;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        QString value;
        if (a == QLatin1String("--take") && i + 1 < args.size())
            value = args.at(++i);
        else if (a.startsWith(QLatin1String("--take=")))
            value = a.mid(7);
        else if (a.startsWith(QLatin1String("-")))
            return usage(use);
        else {
            positional.append(a);
            continue;
        }
        Conflicts::Side side;
        const qsizetype eq = value.indexOf(u'=');
        if (eq < 0) {
            if (!Conflicts::sideFromCode(value, &side))
                return usage(use);
            all = side;
        } else {
            if (!Conflicts::sideFromCode(value.mid(eq + 1), &side))
                return usage(use);
            choices.insert(value.left(eq), side);
        }
    }
    if (positional.size() != 1 || (choices.isEmpty() && !all))
        return usage(use);
    int exitCode = Ok;
    const std::optional<Dossier> d = dossierArgument(positional.first(), &exitCode);
    if (!d)
        return exitCode;
    QString error;
    QStringList missing;
    if (!Conflicts::resolve(*m_profile, d->id, choices, all, &error, &missing)) {
        if (!missing.isEmpty())
            return fail(Usage, QStringLiteral("side_missing"), error);
        return fail(Blocked, QStringLiteral("not_resolved"), error);
    }
    const std::optional<Dossier> after = m_profile->dossiers().dossier(d->id, nullptr);
    emitResult(
        QJsonObject { { QStringLiteral("id"), d->id.toString(QUuid::WithoutBraces) },
                      { QStringLiteral("resolved"), true },
                      { QStringLiteral("content"), after ? SyncState::content(*after) : QJsonObject() } },
        tr("%1: resolved; the next sync shares it.\n").arg(d->name));
    return Ok;
}

int Cli::portalShareDrafts(const QStringList& args)
{
    QString error;
    if (args.size() > 1)
        return usage(tr("Use: portal share-drafts [at-once|at-submission]"));
    if (!openProfile(&error))
        return fail(Usage, QStringLiteral("profile"), error);
    ProfileSettings settings(m_profile->database());
    if (args.size() == 1) {
        if (args.first() != QLatin1String("at-once") && args.first() != QLatin1String("at-submission"))
            return usage(tr("Use: portal share-drafts [at-once|at-submission]"));
        if (!settings.setShareDrafts(args.first() == QLatin1String("at-once")))
            return fail(Blocked, QStringLiteral("store"), tr("The setting could not be saved."));
    }
    const bool atOnce = settings.shareDrafts();
    emitResult(QJsonObject { { QStringLiteral("share_drafts"),
                               atOnce ? QStringLiteral("at-once") : QStringLiteral("at-submission") } },
               atOnce ? tr("Drafts are shared with the team at the next sync.\n")
                      : tr("Drafts stay on this desktop until they are submitted.\n"));
    return Ok;
}

} // namespace Mandat

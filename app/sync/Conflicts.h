#pragma once

#include "SyncState.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace Mandat {

class Profile;

/*
 * A dossier two seats changed at once: this desktop's version and the portal's, field by
 * field. Nothing is merged silently: the sync records the conflict with both versions in the
 * dossier's history, and the user takes each field that differs from one side or the other
 * (the window's conflict dialog, the CLI's `dossier resolve`). The result is what the next
 * sync pushes, on top of the portal's version.
 */
class Conflicts
{
    Q_DECLARE_TR_FUNCTIONS(Conflicts)

public:
    enum class Side { Mine, Theirs };
    struct Field
    {
        QString key; // "name", "numbers", "use", or a client field ("siren", "address"...)
        QString label; // in the user's language
        QString mine; // the value as text
        QString theirs;
    };

    // Every field a user may take from one side, in the order they are shown.
    static QStringList fieldKeys();
    static QString fieldLabel(const QString& key);
    static bool sideFromCode(const QString& code, Side* side); // "mine", "theirs"
    // The fields whose values differ (contents as SyncState::content gives them).
    static QList<Field> differences(const QJsonObject& mine, const QJsonObject& theirs);

    // Records the portal's version of a dossier this desktop changed too, with both versions in
    // the dossier's history.
    static bool record(Profile& profile, const SyncState::Conflict& conflict, QString* error);
    /*
     * Takes each differing field from the side `choices` names for it, or from `all` for the
     * others; a field with no side is refused (*missing names them) and nothing changes.
     * The dossier then holds the result on top of the portal's version, the history says what was
     * taken from where, and the next sync pushes it.
     */
    static bool resolve(Profile& profile, const QUuid& id, const QHash<QString, Side>& choices,
                        std::optional<Side> all, QString* error, QStringList* missing = nullptr);

private:
    static QJsonValue value(const QJsonObject& content, const QString& key);
    static QString text(const QString& key, const QJsonValue& value);
};

} // namespace Mandat

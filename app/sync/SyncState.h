#pragma once

#include "model/Document.h"
#include "model/Dossier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>
#include <optional>

namespace Mandat {

class Database;

/*
 * What a desktop knows of a dossier shared with the other seats of its account: the
 * portal's version and content it last agreed with (the base), how many local edits were made
 * since (kept by the database's triggers), the two versions of a dossier both sides changed,
 * and who changed what last. SyncEngine reads and writes it; the CLI and the window read the
 * conflicts and resolve them (Conflicts).
 */
class SyncState
{
    Q_DECLARE_TR_FUNCTIONS(SyncState)

public:
    struct Base
    {
        int version = 0; // 0: never agreed with the portal
        QJsonObject content; // as content() gives it
        QSet<QString> documents; // "kind/sha256", as documentKeys() gives them
    };
    struct Conflict
    {
        QUuid id;
        int theirVersion = 0;
        QJsonObject theirs; // the portal's content, as content() gives it
        QString theirBy; // who changed it on the portal
        QDateTime detectedAt;
    };

    explicit SyncState(Database& db);

    // A dossier's content as the portal holds it: name, client (without the VAT number, which
    // the SIREN gives), numbers, use, renews — the body of a mandate's PUT.
    static QJsonObject content(const Dossier& d);
    // The same fields read from the portal's mandate object.
    static QJsonObject content(const QJsonObject& mandate);
    // The documents the portal holds of a dossier, as "kind/sha256" (a filled-in mandate is not
    // sent: only what the operator checks).
    static QSet<QString> documentKeys(const QList<Document>& documents);
    static QSet<QString> documentKeys(const QJsonObject& mandate);
    static QString remoteKind(Document::Kind kind); // empty for what is not sent
    static bool localKind(const QString& remote, Document::Kind* kind);

    Base base(const QUuid& id) const;
    // Shared, then deleted on this desktop (DossierStore::deleteDossier): not received again.
    bool isForgotten(const QUuid& id) const;
    // A dossier the portal changed that could not be taken whole (a document it sent is not what
    // it listed, or it refused to send one): asked for again at each sync, while the changes after
    // it in the feed go on. Oldest first.
    bool hold(const QUuid& id, const QString& reason);
    QList<QUuid> held() const;
    bool release(const QUuid& id);
    // A share the portal refused for good (a document or content it does not take): not sent
    // again while the dossier's edits stay at `edits` (an edit sends it again).
    bool refuseShare(const QUuid& id, qint64 edits, const QString& reason);
    // Those refused and not changed since, with the portal's reason.
    QList<QPair<QUuid, QString>> refusedShares() const;
    // Local edits since the base, a number that only grows until setBase() settles it.
    qint64 pendingEdits(const QUuid& id) const;
    // The dossier and the portal agree on `version`: the edits counted up to `edits` are settled
    // (those made since stay pending).
    bool setBase(const QUuid& id, const Base& base, qint64 edits, QString* error);
    // Dossiers with edits to push: shared ones (agreed with the portal once), and drafts never
    // pushed when `drafts`. Only what may change on the portal: not submitted or rejected, and
    // not waiting on a conflict.
    QList<QUuid> toShare(bool drafts) const;

    bool recordConflict(const Conflict& conflict, QString* error);
    std::optional<Conflict> conflict(const QUuid& id) const;
    QList<Conflict> conflicts() const;
    bool clearConflict(const QUuid& id, QString* error);

    // Who changed the dossier last (a login, or this desktop's user), what ("content",
    // "documents", "status") and when: the list shows it.
    bool setLastChange(const QUuid& id, const QString& by, const QString& what, const QDateTime& at);
    struct LastChange
    {
        QString by;
        QString what;
        QDateTime at;
    };
    LastChange lastChange(const QUuid& id) const;

private:
    Database& m_db;
};

} // namespace Mandat

#pragma once

#include "SyncEngine.h"

#include <QObject>
#include <QTimer>

namespace Mandat {

/*
 * Keeps syncing while the application runs: every interval, what is due in the outbox is
 * sent and the portal's changes are pulled. When the portal cannot be reached the items
 * keep their backoff and go on the first tick after it answers again.
 */
class SyncScheduler : public QObject
{
    Q_OBJECT

public:
    SyncScheduler(SyncEngine& engine, QObject* parent = nullptr);

    void start(int intervalMs);
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    // True while a sync runs (its portal calls wait in a local event loop).
    bool isSyncing() const { return m_running; }

public slots:
    // Sync at once (a "sync now" button, a change just queued). Asked during a sync, another
    // runs once that one is over: what was changed meanwhile is not left for the next tick.
    void syncNow();

signals:
    // A sync starts: what is due in the outbox is about to be sent.
    void aboutToSync();
    void synced(const SyncEngine::Report& report);

private:
    SyncEngine& m_engine;
    QTimer m_timer;
    bool m_running = false;
    bool m_again = false; // syncNow() was asked during a sync
};

} // namespace Mandat

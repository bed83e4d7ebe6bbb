#include "SyncScheduler.h"

namespace Mandat {

SyncScheduler::SyncScheduler(SyncEngine& engine, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
{
    qRegisterMetaType<SyncEngine::Report>();
    // A tick during a sync is that sync.
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_running)
            syncNow();
    });
}

void SyncScheduler::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

void SyncScheduler::stop()
{
    m_timer.stop();
}

void SyncScheduler::syncNow()
{
    // The portal calls wait in a local event loop: a tick during a sync must not start another.
    if (m_running) {
        m_again = true;
        return;
    }
    do {
        m_again = false;
        m_running = true;
        emit aboutToSync();
        const SyncEngine::Report report = m_engine.syncOnce();
        m_running = false;
        emit synced(report);
    } while (m_again);
}

} // namespace Mandat

#include "SyncScheduler.h"

namespace Mandat {

SyncScheduler::SyncScheduler(SyncEngine& engine, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
{
    qRegisterMetaType<SyncEngine::Report>();
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::syncNow);
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
    if (m_running)
        return;
    m_running = true;
    emit aboutToSync();
    const SyncEngine::Report report = m_engine.syncOnce();
    m_running = false;
    emit synced(report);
}

} // namespace Mandat

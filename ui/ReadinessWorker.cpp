#include "ReadinessWorker.h"

#include "checks/ReadinessReport.h"
#include "store/Profile.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMutex>
#include <QWaitCondition>

namespace Mandat {

namespace {
class Impl : public QObject
{
    Q_OBJECT

public:
    explicit Impl(const QString& directory)
        : m_directory(directory)
    { }

    void enqueue(const QUuid& id, const QDate& day)
    {
        QMutexLocker lock(&m_mutex);
        m_queue.removeAll(id);
        m_queue.append(id);
        m_day = day;
        if (!m_scheduled) {
            m_scheduled = true;
            QMetaObject::invokeMethod(this, &Impl::work, Qt::QueuedConnection);
        }
    }

    // Called before the thread quits: what is still queued is dropped.
    void stop()
    {
        QMutexLocker lock(&m_mutex);
        m_queue.clear();
    }

    bool waitForIdle(int msecs)
    {
        QMutexLocker lock(&m_mutex);
        QDeadlineTimer deadline(msecs);
        while (!m_queue.isEmpty() || m_busy) {
            if (!m_idle.wait(&m_mutex, deadline))
                return false;
        }
        return true;
    }

signals:
    void ready(const QUuid& id, const ReadinessSummary& summary);

private:
    void work()
    {
        if (!m_profile) {
            m_profile.reset(new Profile);
            QString error;
            if (!m_profile->open(m_directory, &error))
                qWarning("readiness: %s", qPrintable(error));
        }
        for (;;) {
            QUuid id;
            QDate day;
            {
                QMutexLocker lock(&m_mutex);
                if (m_queue.isEmpty()) {
                    m_scheduled = false;
                    m_busy = false;
                    m_idle.wakeAll();
                    return;
                }
                id = m_queue.takeLast();
                day = m_day;
                m_busy = true;
            }
            QString error;
            const std::optional<Dossier> d = m_profile->dossiers().dossier(id, &error);
            if (!d)
                continue;
            const ReadinessReport report
                = ReadinessReport::build(*d, m_profile->dossiers(), m_profile->blobs(), day);
            emit ready(id,
                       ReadinessSummary { report.blockingCount(), report.warningCount(),
                                          report.earliestStaleOn(), report.firstBlocking() });
        }
    }

    QString m_directory;
    QScopedPointer<Profile> m_profile;
    QMutex m_mutex;
    QWaitCondition m_idle;
    QList<QUuid> m_queue;
    QDate m_day;
    bool m_scheduled = false;
    bool m_busy = false;
};
} // namespace

ReadinessWorker::ReadinessWorker(const QString& profileDirectory, QObject* parent)
    : QObject(parent)
    , m_impl(new Impl(profileDirectory))
{
    qRegisterMetaType<ReadinessSummary>();
    m_impl->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_impl, &QObject::deleteLater);
    connect(static_cast<Impl*>(m_impl), &Impl::ready, this, &ReadinessWorker::ready, Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("readiness"));
    m_thread.start(QThread::LowPriority);
}

ReadinessWorker::~ReadinessWorker()
{
    static_cast<Impl*>(m_impl)->stop();
    m_thread.quit();
    m_thread.wait();
}

void ReadinessWorker::request(const QUuid& id, const QDate& day)
{
    static_cast<Impl*>(m_impl)->enqueue(id, day);
}

bool ReadinessWorker::waitForIdle(int msecs)
{
    return static_cast<Impl*>(m_impl)->waitForIdle(msecs);
}

#include "ReadinessWorker.moc"

} // namespace Mandat

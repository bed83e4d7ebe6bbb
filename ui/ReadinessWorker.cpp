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

    quint64 enqueueReport(const Dossier& dossier, const QDate& day)
    {
        QMutexLocker lock(&m_mutex);
        // A newer state of the same dossier makes the older request pointless.
        m_reports.removeIf([&](const ReportRequest& r) { return r.dossier.id == dossier.id; });
        m_reports.append({ ++m_tickets, dossier, day });
        if (!m_scheduled) {
            m_scheduled = true;
            QMetaObject::invokeMethod(this, &Impl::work, Qt::QueuedConnection);
        }
        return m_tickets;
    }

    // Called before the thread quits: what is still queued is dropped.
    void stop()
    {
        QMutexLocker lock(&m_mutex);
        m_queue.clear();
        m_reports.clear();
    }

    bool waitForIdle(int msecs)
    {
        QMutexLocker lock(&m_mutex);
        QDeadlineTimer deadline(msecs);
        while (!m_queue.isEmpty() || !m_reports.isEmpty() || m_busy) {
            if (!m_idle.wait(&m_mutex, deadline))
                return false;
        }
        return true;
    }

signals:
    void ready(const QUuid& id, const ReadinessSummary& summary);
    void reportReady(quint64 ticket, const ReadinessReport& report);

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
            ReportRequest report;
            {
                QMutexLocker lock(&m_mutex);
                if (!m_reports.isEmpty()) {
                    report = m_reports.takeFirst();
                    m_busy = true;
                } else if (m_queue.isEmpty()) {
                    m_scheduled = false;
                    m_busy = false;
                    m_idle.wakeAll();
                    return;
                } else {
                    id = m_queue.takeLast();
                    day = m_day;
                    m_busy = true;
                }
            }
            if (report.ticket) {
                emit reportReady(report.ticket,
                                 ReadinessReport::build(report.dossier, m_profile->dossiers(),
                                                        m_profile->blobs(), report.day));
                continue;
            }
            QString error;
            const std::optional<Dossier> d = m_profile->dossiers().dossier(id, &error);
            if (!d)
                continue;
            const ReadinessReport r
                = ReadinessReport::build(*d, m_profile->dossiers(), m_profile->blobs(), day);
            emit ready(id,
                       ReadinessSummary { r.blockingCount(), r.warningCount(), r.earliestStaleOn(),
                                          r.firstBlocking() });
        }
    }

    QString m_directory;
    QScopedPointer<Profile> m_profile;
    QMutex m_mutex;
    QWaitCondition m_idle;
    QList<QUuid> m_queue;
    struct ReportRequest
    {
        quint64 ticket = 0;
        Dossier dossier;
        QDate day;
    };
    QList<ReportRequest> m_reports; // the windows' requests, before the list's

    quint64 m_tickets = 0;
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
    qRegisterMetaType<ReadinessReport>();
    m_impl->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_impl, &QObject::deleteLater);
    connect(static_cast<Impl*>(m_impl), &Impl::ready, this, &ReadinessWorker::ready, Qt::QueuedConnection);
    connect(static_cast<Impl*>(m_impl), &Impl::reportReady, this, &ReadinessWorker::reportReady,
            Qt::QueuedConnection);
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

quint64 ReadinessWorker::requestReport(const Dossier& dossier, const QDate& day)
{
    return static_cast<Impl*>(m_impl)->enqueueReport(dossier, day);
}

bool ReadinessWorker::waitForIdle(int msecs)
{
    return static_cast<Impl*>(m_impl)->waitForIdle(msecs);
}

#include "ReadinessWorker.moc"

} // namespace Mandat

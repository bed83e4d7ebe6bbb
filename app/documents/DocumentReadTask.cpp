#include "DocumentReadTask.h"

#include <QMetaObject>
#include <QPointer>

namespace Mandat {

DocumentReadTask::DocumentReadTask(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<DocumentReader::Failure>();
    qRegisterMetaType<DocumentReader::Text>();
}

DocumentReadTask::~DocumentReadTask()
{
    cancel();
    wait();
    delete m_thread;
}

bool DocumentReadTask::start(const QByteArray& bytes, const DocumentReader::Options& options)
{
    if (isRunning())
        return false;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancel = false;
    DocumentReader::Options opts = options;
    opts.cancel = &m_cancel;
    QPointer<DocumentReadTask> self(this);
    opts.progress = [self](int done, int total, int percent) {
        if (self)
            QMetaObject::invokeMethod(self, "progress", Qt::QueuedConnection, Q_ARG(int, done),
                                      Q_ARG(int, total), Q_ARG(int, percent));
    };
    m_thread = QThread::create([this, bytes, opts] {
        DocumentReader::Text text;
        QString error;
        const DocumentReader::Failure failure = DocumentReader::read(bytes, opts, &text, &error);
        QMetaObject::invokeMethod(
            this, [this, failure, text, error] { emit finished(failure, text, error); },
            Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

void DocumentReadTask::cancel()
{
    m_cancel = true;
}

bool DocumentReadTask::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool DocumentReadTask::wait(int msecs)
{
    if (!m_thread)
        return true;
    return m_thread->wait(msecs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(msecs));
}

} // namespace Mandat

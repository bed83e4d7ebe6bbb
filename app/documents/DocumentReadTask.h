#pragma once

#include "DocumentReader.h"

#include <QObject>
#include <QThread>
#include <atomic>

namespace Mandat {

/*
 * Reads a document (OCR included) on a worker thread, so the window stays responsive:
 * progress and the result come back as signals on the thread that started it, and
 * cancel() stops the reading at the next page or OCR step.
 */
class DocumentReadTask : public QObject
{
    Q_OBJECT

public:
    explicit DocumentReadTask(QObject* parent = nullptr);
    ~DocumentReadTask() override;

    // Starts reading; a task reads one document at a time.
    bool start(const QByteArray& bytes, const DocumentReader::Options& options = {});
    void cancel();
    bool isRunning() const;
    // Blocks until the worker is done (tests, shutdown).
    bool wait(int msecs = -1);

signals:
    void progress(int pagesDone, int pages, int pagePercent);
    void finished(DocumentReader::Failure failure, const DocumentReader::Text& text, const QString& error);

private:
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancel { false };
};

} // namespace Mandat

#pragma once

#include <QDeadlineTimer>
#include <QImage>
#include <QString>
#include <atomic>
#include <functional>

namespace Mandat {

/*
 * Text of an image through Tesseract (libtesseract, French data). One engine per thread:
 * it keeps the loaded language model between pages. Recognition reports its progress
 * and stops early when the cancel flag is raised.
 */
class OcrEngine
{
public:
    OcrEngine();
    ~OcrEngine();
    OcrEngine(const OcrEngine&) = delete;
    OcrEngine& operator=(const OcrEngine&) = delete;

    // False when Tesseract or its French data is missing; errorString() says so.
    bool isAvailable();
    QString errorString() const { return m_error; }

    // `dpi` is the image's resolution (300 for pages rendered by us); percent 0-100. Stops
    // (false) when *cancel is set or the deadline passes; timedOut() then tells which.
    bool recognize(const QImage& image, int dpi, QString* text, const std::atomic<bool>* cancel = nullptr,
                   const std::function<void(int percent)>& progress = {},
                   QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));
    bool timedOut() const { return m_timedOut; }

private:
    struct Private;
    Private* d;
    QString m_error;
    bool m_timedOut = false;
};

} // namespace Mandat

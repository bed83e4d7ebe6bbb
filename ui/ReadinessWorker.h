#pragma once

#include <QDate>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThread>
#include <QUuid>

namespace Mandat {

// What the dossier list shows of a readiness report.
struct ReadinessSummary
{
    int blocking = 0;
    int warnings = 0;
    QDate staleOn; // the earliest day a document stops being fresh
    QString firstProblem; // the first blocking problem, for a tooltip
};

/*
 * Builds readiness reports off the UI thread: the list asks for the dossiers it shows,
 * a worker thread with its own connection to the profile answers one by one. The last
 * request asked comes first: what the user scrolled to now matters more than what they
 * scrolled past.
 */
class ReadinessWorker : public QObject
{
    Q_OBJECT

public:
    explicit ReadinessWorker(const QString& profileDirectory, QObject* parent = nullptr);
    ~ReadinessWorker() override;

    void request(const QUuid& id, const QDate& day);
    // Blocks until every request asked so far is answered (tests, benchmarks).
    bool waitForIdle(int msecs);

signals:
    void ready(const QUuid& id, const ReadinessSummary& summary);

private:
    QThread m_thread;
    QObject* m_impl;
};

} // namespace Mandat

Q_DECLARE_METATYPE(Mandat::ReadinessSummary)

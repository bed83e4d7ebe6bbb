#pragma once

#include "checks/ReadinessReport.h"
#include "model/Dossier.h"

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
 * Builds readiness reports off the UI thread (a signed PDF costs a pdfsig run, a scan its
 * reading): the list asks for the dossiers it shows, a dossier's window for the full
 * report of the dossier as it is being edited; a worker thread with its own connection to
 * the profile answers one by one. A window's request comes first, then the list's, the
 * last asked first: what the user scrolled to now matters more than what they scrolled
 * past. A newer report request for the same dossier replaces the older one.
 */
class ReadinessWorker : public QObject
{
    Q_OBJECT

public:
    explicit ReadinessWorker(const QString& profileDirectory, QObject* parent = nullptr);
    ~ReadinessWorker() override;

    void request(const QUuid& id, const QDate& day);
    // The full report of `dossier` as given (unsaved edits included), answered by
    // reportReady() with the returned ticket (every requester receives every report: keep yours).
    quint64 requestReport(const Dossier& dossier, const QDate& day);
    // Blocks until every request asked so far is answered (tests, benchmarks).
    bool waitForIdle(int msecs);

signals:
    void ready(const QUuid& id, const ReadinessSummary& summary);
    void reportReady(quint64 ticket, const ReadinessReport& report);

private:
    QThread m_thread;
    QObject* m_impl;
};

} // namespace Mandat

Q_DECLARE_METATYPE(Mandat::ReadinessSummary)
Q_DECLARE_METATYPE(Mandat::ReadinessReport)

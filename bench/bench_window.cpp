// The desktop window with a large book of dossiers: how long until the list is on screen
// and usable, and how long each keystroke of a search takes (filter, counts, repaint).
// Figures for issue 15's targets: 300 ms to a usable window (a new process, 100,000 dossiers),
// a keystroke within a frame (16 ms p95).
//
//   bench_window [DOSSIERS]   (default 10000; the profile is made once in a temporary folder,
//                              or kept in $BENCH_PROFILE and made only if it is empty;
//                              BENCH_SKIP_EXPORTS=1 leaves out the authorised list's exports)
#include "DossierFilterModel.h"
#include "DossierListModel.h"
#include "MainWindow.h"
#include "authorised/AuthorisedListExport.h"
#include "core/Clock.h"
#include "core/Settings.h"
#include "demo/DemoData.h"
#include "store/DossierSummaries.h"
#include "store/Profile.h"
#include "sync/CredentialStore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <tuple>

using namespace Mandat;

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double p95(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(qMin(v.size() - 1, qsizetype(v.size() * 95 / 100)));
}

void print(const char* what, const QList<double>& ms)
{
    std::printf("  %-44s median %7.2f ms   p95 %7.2f ms   max %7.2f ms   (%lld samples)\n", what, median(ms),
                p95(ms), ms.isEmpty() ? 0.0 : *std::max_element(ms.begin(), ms.end()),
                static_cast<long long>(ms.size()));
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    Settings::createTempFileInstance();
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    QTemporaryDir temporary;
    const QString kept = qEnvironmentVariable("BENCH_PROFILE");
    const QDir dir(kept.isEmpty() ? temporary.path() : kept);
    QString error;
    {
        Profile profile;
        if (!profile.open(dir.path(), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        if (profile.dossiers().dossierCount() != 0 && profile.dossiers().dossierCount() != count) {
            std::fprintf(stderr, "%s holds %d dossiers, not %d\n", qPrintable(dir.path()),
                         profile.dossiers().dossierCount(), count);
            return 1;
        }
        QElapsedTimer made;
        made.start();
        if (profile.dossiers().dossierCount() == 0 && !DemoData::populate(profile, count, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("profile: %d demo dossiers written in %.1f s (setup, not measured below)\n", count,
                    made.elapsed() / 1000.0);
    }

    {
        // Where the opening goes, phase by phase (the figures below include them all).
        Profile profile;
        QElapsedTimer t;
        t.start();
        if (!profile.open(dir.path(), &error))
            return 1;
        const double opened = t.nsecsElapsed() / 1e6;
        t.restart();
        const QList<DossierSummary> summaries = DossierSummaries::all(profile.database(), &error);
        const double read = t.nsecsElapsed() / 1e6;
        DossierListModel model(profile);
        t.restart();
        model.reload(&error);
        const double firstScreen = t.nsecsElapsed() / 1e6;
        while (model.isLoading())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        const double rows = t.nsecsElapsed() / 1e6;
        DossierFilterModel filter;
        t.restart();
        filter.setSourceModel(&model);
        filter.sort(-1);
        const double filtered = t.nsecsElapsed() / 1e6;
        t.restart();
        filter.sort(DossierListModel::Name);
        const double sorted = t.nsecsElapsed() / 1e6;
        std::printf(
            "opening, phase by phase: profile %.1f ms; all summaries read %.1f ms (%lld); list model: first "
            "screen %.1f ms, whole list %.1f ms (read on its thread included); filter and counts %.1f ms; "
            "sorting by name %.1f ms\n",
            opened, read, qlonglong(summaries.size()), firstScreen, rows, filtered, sorted);
    }
    std::printf("time to a usable window (open the profile, read the first screen, show, first paint),\n"
                "then to the whole list (read on a thread, added as it comes):\n");
    QList<double> startup, whole;
    const char* const queries[] = { "boulangerie dupont", "01 62 45 00 00", "+33 9 48 12", "3101" };
    QList<double> keystrokes, clears;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        Profile profile;
        if (!profile.open(dir.path(), &error))
            return 1;
        MemoryCredentialStore credentials;
        MainWindow window(profile, &credentials);
        window.resize(1366, 768);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        auto* view = window.findChild<QTableView*>(QStringLiteral("dossierView"));
        view->viewport()->repaint(); // the first rows painted: the list can be read and used
        startup.append(t.nsecsElapsed() / 1e6);
        while (window.dossierModel()->isLoading())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        view->viewport()->repaint();
        whole.append(t.nsecsElapsed() / 1e6);
        if (window.dossierModel()->rowCount() != count) {
            std::fprintf(stderr, "the list holds %d rows, not %d\n", window.dossierModel()->rowCount(),
                         count);
            return 1;
        }
        if (run > 0)
            continue;
        // Search as you type: each key goes through the filter, the counts and a repaint.
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        // BENCH_REPEAT_KEYS=N types the queries N times (for a profiler: the keys outweigh the opening).
        const int repeats = qMax(1, qEnvironmentVariableIntValue("BENCH_REPEAT_KEYS"));
        for (int repeat = 0; repeat < repeats; ++repeat)
            for (const char* q : queries) {
                for (const char c : QByteArray(q)) {
                    QElapsedTimer k;
                    k.start();
                    QTest::keyClick(search, c);
                    view->viewport()->repaint();
                    keystrokes.append(k.nsecsElapsed() / 1e6);
                    if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
                        std::printf("    '%c' %.2f ms, %d rows\n", c, keystrokes.last(),
                                    window.filterModel()->rowCount());
                }
                std::printf("  \"%s\": %d of %d dossiers\n", q, window.filterModel()->rowCount(), count);
                QElapsedTimer k;
                k.start();
                search->clear();
                view->viewport()->repaint();
                clears.append(k.nsecsElapsed() / 1e6);
            }
        window.readinessWorker()->waitForIdle(60000);
    }
    print("in-process, 5 runs", startup);
    print("in-process, the whole list, 5 runs", whole);

    // The same from a new process: executable start, then the window, then quit; then the same
    // until the whole list is read, with the process's peak memory.
    QList<double> process, processWhole;
    qint64 peakKb = 0;
    const QString exe = QCoreApplication::applicationDirPath() + QStringLiteral("/../ui/mandatdesk");
    for (int run = 0; run < 6; ++run) {
        const bool toTheEnd = run >= 3;
        QElapsedTimer t;
        t.start();
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        const QStringList arguments
            = { QStringLiteral("--profile"), dir.path(),
                toTheEnd ? QStringLiteral("--quit-when-loaded") : QStringLiteral("--quit-after=0") };
        // The peak memory of the whole list, as /usr/bin/time reads it (the process's own, not
        // the benchmark's pages a fork shares before exec).
        const QString peakFile = dir.filePath(QStringLiteral("peak-kb"));
        if (toTheEnd && QFile::exists(QStringLiteral("/usr/bin/time")))
            p.start(QStringLiteral("/usr/bin/time"),
                    QStringList { QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), peakFile,
                                  exe }
                        + arguments);
        else
            p.start(exe, arguments);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            std::fprintf(stderr, "mandatdesk did not start and quit\n");
            return 1;
        }
        (toTheEnd ? processWhole : process).append(t.nsecsElapsed() / 1e6);
        QFile peak(peakFile);
        if (toTheEnd && peak.open(QIODevice::ReadOnly))
            peakKb = qMax(peakKb, peak.readAll().trimmed().toLongLong());
    }
    print("new process, start to quit, 3 runs", process);
    print("new process, the whole list, 3 runs", processWhole);
    if (peakKb > 0) {
        std::printf("  peak memory of the window, the whole list read: %.0f MB\n", peakKb / 1024.0);
        // Beside it, an empty Qt window's, measured the same way.
        QProcess empty;
        const QString peakFile = QDir(temporary.path()).filePath(QStringLiteral("empty-peak-kb"));
        empty.start(QStringLiteral("/usr/bin/time"),
                    { QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), peakFile,
                      QCoreApplication::applicationDirPath() + QStringLiteral("/bench_empty_window") });
        QFile emptyPeak(peakFile);
        if (empty.waitForFinished(30000) && empty.exitCode() == 0 && emptyPeak.open(QIODevice::ReadOnly))
            std::printf("  peak memory of an empty Qt window (anchor): %.0f MB\n",
                        emptyPeak.readAll().trimmed().toLongLong() / 1024.0);
    }
    std::printf("search as you type (%d dossiers):\n", count);
    print("per keystroke", keystrokes);
    print("clearing the search", clears);

    if (qEnvironmentVariableIsSet("BENCH_SKIP_EXPORTS"))
        return 0;
    // The list of authorised numbers (ARCEP 2025-2215) of the same profile, exported from the window's code.
    std::printf("list of authorised numbers (%d dossiers):\n", count);
    QList<double> csv, pdf;
    AuthorisedListExport::Result result;
    {
        Profile profile;
        if (!profile.open(dir.path(), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        for (int run = 0; run < 3; ++run) {
            for (auto [format, name, times] :
                 { std::tuple { AuthorisedListExport::Format::Csv, "list.csv", &csv },
                   std::tuple { AuthorisedListExport::Format::Pdf, "list.pdf", &pdf } }) {
                QElapsedTimer t;
                t.start();
                if (!AuthorisedListExport::exportTo(profile, Clock::instance().today(), format,
                                                    dir.filePath(QLatin1String(name)), &result, &error)) {
                    std::fprintf(stderr, "%s\n", qPrintable(error));
                    return 1;
                }
                times->append(t.nsecsElapsed() / 1e6);
            }
        }
    }
    std::printf("  %d numbers of %d clients\n", result.numbers, result.clients);
    print("CSV export (list, changes, file, record)", csv);
    print("PDF export (list, changes, file, record)", pdf);
    return 0;
}

// The profile of the sync benchmark (bench/bench_sync.py): N dossiers, each with its signed
// mandate, Kbis and invoice (fresh today), queued for the operator through the one submission
// rule while no portal is there; then, in a copy made for each run, the portal to sync with.
//
//   bench_sync_profile make DIR N
//   bench_sync_profile portal DIR URL USER CA.pem   (configured, not logged in)
#include "demo/DemoData.h"
#include "store/Profile.h"
#include "sync/CredentialStore.h"
#include "sync/PortalSession.h"
#include "sync/Submission.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QUrl>
#include <cstdio>

using namespace Mandat;

namespace {
int usage()
{
    std::fprintf(stderr, "usage: bench_sync_profile make DIR N | portal DIR URL USER CA.pem\n");
    return 2;
}
} // namespace

int main(int argc, char* argv[])
{
    // The documents are painted PDFs: a QGuiApplication, without a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2)
        return usage();
    Profile profile;
    QString error;
    if (!profile.open(args.at(1), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (args.at(0) == QLatin1String("make") && args.size() == 3) {
        const int count = args.at(2).toInt();
        QElapsedTimer timer;
        timer.start();
        if (!DemoData::populateReady(profile, count, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const qint64 made = timer.elapsed();
        for (const Dossier& d : profile.dossiers().dossiers(&error)) {
            const Submission::Result queued = Submission::queue(profile, d.id);
            if (!queued.queued()) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(d.name), qPrintable(queued.message));
                return 1;
            }
        }
        std::printf("%d dossiers, 3 documents each, queued in %s (made in %.1f s, queued in %.1f s)\n", count,
                    qPrintable(args.at(1)), double(made) / 1000, double(timer.elapsed() - made) / 1000);
        return 0;
    }
    if (args.at(0) == QLatin1String("portal") && args.size() == 5) {
        QFile ca(args.at(4));
        if (!ca.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(args.at(4)));
            return 1;
        }
        MemoryCredentialStore credentials;
        PortalSession session(profile, credentials);
        if (!session.configure(QUrl(args.at(2)), args.at(3), ca.readAll(), {}, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }
    return usage();
}

// Test helper for TestCrashSafety: writes to a profile as fast as it can, forever, until
// it is killed. Every write keeps invariants the test checks after the kill:
//  - the dossier's name is "gen-K" and it has exactly K numbers (one transaction);
//  - every document row points at complete bytes that hash to its name.
#include "store/Profile.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <cstdio>

using namespace Mandat;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: store_writer PROFILE SEED\n");
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    QRandomGenerator random(QString::fromLocal8Bit(argv[2]).toUInt());
    Profile profile;
    QString error;
    if (!profile.open(dir, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QList<Dossier> all = profile.dossiers().dossiers(&error);
    Dossier d;
    if (all.isEmpty()) {
        d.name = QStringLiteral("gen-1");
        d.client.legalName = QStringLiteral("Crash Test SA");
        d.numbers = { QStringLiteral("+33162000000") };
        if (!profile.dossiers().createDossier(d, QStringLiteral("writer"), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    } else {
        d = all.first();
    }
    const QString source = dir + QStringLiteral("/incoming.bin");
    bool announced = false;
    for (quint64 i = 0;; ++i) {
        const int k = int(random.bounded(12)) + 1;
        d.name = QStringLiteral("gen-%1").arg(k);
        d.numbers.clear();
        for (int n = 0; n < k; ++n)
            d.numbers.append(QStringLiteral("+331620000%1").arg(n, 2, 10, QLatin1Char('0')));
        if (!profile.dossiers().updateDossier(d, &error)) {
            std::fprintf(stderr, "update: %s\n", qPrintable(error));
            return 1;
        }
        QByteArray bytes(int(random.bounded(200000, 1200000)), Qt::Uninitialized);
        for (qsizetype b = 0; b < bytes.size(); b += 4) {
            const quint32 r = random.generate();
            std::memcpy(bytes.data() + b, &r, qMin<qsizetype>(4, bytes.size() - b));
        }
        QFile f(source);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return 1;
        f.close();
        Document doc;
        doc.dossierId = d.id;
        doc.kind = Document::Kind::Invoice;
        doc.originalName = QStringLiteral("facture-%1.bin").arg(i);
        if (!profile.dossiers().addDocument(doc, source, &error)) {
            std::fprintf(stderr, "document: %s\n", qPrintable(error));
            return 1;
        }
        if (!announced) {
            std::printf("ready\n");
            std::fflush(stdout);
            announced = true;
        }
    }
}

// Benchmark, not a test: how long `mandatdesk-cli check` takes against `pdftotext` on the
// same text PDFs, and our OCR against the `tesseract` command on the same scans.
// Prints the figures; targets (issue 15): check of one file <= 1.5 x pdftotext, start <= 2 x, batch <= 1.1 x,
// OCR <= 1.0 x tesseract.
//   bench_documents CLI MAKE_FIXTURES [ROUNDS]
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

namespace {
qint64 runOnce(const QString& program, const QStringList& args)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit) {
        std::fprintf(stderr, "failed: %s %s\n", qPrintable(program), qPrintable(args.join(u' ')));
        return -1;
    }
    return t.nsecsElapsed();
}

struct Job
{
    QString program;
    QStringList args;
};

// Runs both sides alternately, `rounds` times, and returns the median total of each.
QPair<double, double> compare(const QList<Job>& ours, const QList<Job>& theirs, int rounds)
{
    QList<double> a;
    QList<double> b;
    for (int r = 0; r < rounds; ++r) {
        double ta = 0;
        double tb = 0;
        for (const Job& j : theirs)
            tb += double(runOnce(j.program, j.args));
        for (const Job& j : ours)
            ta += double(runOnce(j.program, j.args));
        a.append(ta / 1e6);
        b.append(tb / 1e6);
    }
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return { a.at(a.size() / 2), b.at(b.size() / 2) };
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_documents CLI MAKE_FIXTURES [ROUNDS]\n");
        return 2;
    }
    const QString cli = QString::fromLocal8Bit(argv[1]);
    const QString makeFixtures = QString::fromLocal8Bit(argv[2]);
    const int rounds = argc > 3 ? QString::fromLatin1(argv[3]).toInt() : 7;
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    const QString tesseract = QStandardPaths::findExecutable(QStringLiteral("tesseract"));
    if (pdftotext.isEmpty() || tesseract.isEmpty()) {
        std::fprintf(stderr, "pdftotext and tesseract are needed (scripts/setup-debian.sh)\n");
        return 2;
    }
    QTemporaryDir dir;
    QProcess gen;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    gen.setProcessEnvironment(env);
    gen.start(makeFixtures, { dir.path(), QStringLiteral("2026-11-06") });
    if (!gen.waitForFinished(120000) || gen.exitCode() != 0) {
        std::fprintf(stderr, "make_fixtures failed\n");
        return 1;
    }

    const QList<QPair<QString, QString>> texts {
        { "kbis.pdf", "kbis" },
        { "kbis-delivered.pdf", "kbis" },
        { "kbis-footer.pdf", "kbis" },
        { "invoice.pdf", "invoice" },
        { "invoice-short-month.pdf", "invoice" },
        { "invoice-two-digit-year.pdf", "invoice" },
        { "invoice-multipage.pdf", "invoice" },
        { "invoice-12-pages.pdf", "invoice" },
    };
    QList<Job> ours;
    QList<Job> theirs;
    for (const auto& t : texts) {
        const QString file = dir.filePath(t.first);
        ours.append({ cli,
                      { QStringLiteral("--json"), QStringLiteral("--today"), QStringLiteral("2026-11-23"),
                        QStringLiteral("check"), file, QStringLiteral("--kind"), t.second,
                        QStringLiteral("--number"), QStringLiteral("0162123456") } });
        theirs.append({ pdftotext, { file, QStringLiteral("-") } });
    }
    std::printf("Text PDFs: %d files, %d rounds (median total per round)\n", int(texts.size()), rounds);
    const auto text = compare(ours, theirs, rounds);
    std::printf(
        "  one process per file:\n  mandatdesk-cli check : %8.1f ms\n  pdftotext            : %8.1f ms\n"
        "  ratio                : %8.2f x (target <= 1.50)\n",
        text.first, text.second, text.first / text.second);
    // What a process costs before it reads anything: loading Qt and Poppler (both linked
    // with BIND_NOW on Debian) is most of the per-file time above.
    const auto start = compare({ { cli, { QStringLiteral("--version") } } },
                               { { pdftotext, { QStringLiteral("-v") } } }, rounds);
    std::printf("  process start alone (--version / -v):\n  mandatdesk-cli       : %8.1f ms\n  pdftotext     "
                "       : "
                "%8.1f ms\n  ratio                : %8.2f x (target <= 2.00)\n",
                start.first, start.second, start.first / start.second);
    // The same files in one `check` run, as batch work does it (pdftotext takes one file).
    QList<Job> batch;
    for (const QString& kind : { QStringLiteral("kbis"), QStringLiteral("invoice") }) {
        QStringList args { QStringLiteral("--json"), QStringLiteral("--today"), QStringLiteral("2026-11-23"),
                           QStringLiteral("check") };
        for (const auto& t : texts) {
            if (t.second == kind)
                args.append(dir.filePath(t.first));
        }
        args << QStringLiteral("--kind") << kind << QStringLiteral("--number")
             << QStringLiteral("0162123456");
        batch.append({ cli, args });
    }
    const auto batched = compare(batch, theirs, rounds);
    std::printf(
        "  batch (2 check runs for the %d files):\n  mandatdesk-cli check : %8.1f ms\n  pdftotext     "
        "       : "
        "%8.1f ms\n  ratio                : %8.2f x (target <= 1.10)\n",
        int(texts.size()), batched.first, batched.second, batched.first / batched.second);

    const QList<QPair<QString, QString>> scans { { "invoice-scan.png", "invoice" },
                                                 { "kbis-scan.png", "kbis" } };
    QList<Job> ocrOurs;
    QList<Job> ocrTheirs;
    for (const auto& s : scans) {
        const QString file = dir.filePath(s.first);
        ocrOurs.append({ cli,
                         { QStringLiteral("--json"), QStringLiteral("check"), file, QStringLiteral("--kind"),
                           s.second } });
        ocrTheirs.append(
            { tesseract, { file, QStringLiteral("stdout"), QStringLiteral("-l"), QStringLiteral("fra") } });
    }
    const int ocrRounds = qMax(3, rounds / 2);
    std::printf("Scans (PNG, 300 dpi): %d files, %d rounds\n", int(scans.size()), ocrRounds);
    const auto ocr = compare(ocrOurs, ocrTheirs, ocrRounds);
    std::printf("  mandatdesk-cli check : %8.1f ms\n  tesseract -l fra     : %8.1f ms\n  ratio               "
                " : %8.2f x "
                "(target <= 1.00)\n",
                ocr.first, ocr.second, ocr.first / ocr.second);
    return 0;
}

// Bulk work of an outsourcer: a 10,000-row CSV of client dossiers read, checked and imported
// into a new profile (target: under 2 s), then those dossiers exported to an archive and
// imported into another profile.
//
//   bench_import [ROWS]   (default 10000)
#include "bundle/CsvImport.h"
#include "bundle/CsvReader.h"
#include "bundle/DossierArchive.h"
#include "core/Clock.h"
#include "demo/DemoData.h"
#include "store/Profile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace Mandat;

namespace {
QByteArray makeCsv(int rows)
{
    QString csv
        = QStringLiteral("Nom du dossier;Raison sociale;SIREN;Numéros;Usage;Représentant;Adresse\r\n");
    for (int i = 0; i < rows; ++i) {
        const QString n1 = QStringLiteral("01 62 %1 %2 %3")
                               .arg(i / 10000 % 100, 2, 10, QLatin1Char('0'))
                               .arg(i / 100 % 100, 2, 10, QLatin1Char('0'))
                               .arg(i % 100, 2, 10, QLatin1Char('0'));
        const QString n2 = QStringLiteral("09 48 %1 %2 %3")
                               .arg(i / 10000 % 100, 2, 10, QLatin1Char('0'))
                               .arg(i / 100 % 100, 2, 10, QLatin1Char('0'))
                               .arg(i % 100, 2, 10, QLatin1Char('0'));
        csv += QStringLiteral("Campagne %1;\"Société Générale d'Appels n°%1\";%2;\"%3, %4\";%5;Élodie Durand;"
                              "\"%1 rue de la République, 69002 Lyon\"\r\n")
                   .arg(i)
                   .arg(DemoData::siren(i), n1, n2,
                        i % 3 ? QStringLiteral("téléconseillers") : QStringLiteral("automatisé"));
    }
    return csv.toUtf8();
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const QByteArray bytes = makeCsv(rows);
    std::printf("CSV: %d rows, %.1f MB\n", rows, bytes.size() / 1e6);

    QList<double> readMs, checkMs, totalMs;
    QTemporaryDir keep;
    for (int run = 0; run < 3; ++run) {
        QTemporaryDir dir;
        Profile profile;
        QString error;
        if (!profile.open(dir.path(), &error))
            return 1;
        QElapsedTimer t;
        t.start();
        CsvReader::Table table;
        if (!CsvReader::read(bytes, &table, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        readMs.append(t.nsecsElapsed() / 1e6);
        const CsvImport::Mapping mapping = CsvImport::propose(table.header);
        QElapsedTimer c;
        c.start();
        QList<Dossier> valid;
        CsvImport::check(table, mapping, profile.database(), &valid);
        checkMs.append(c.nsecsElapsed() / 1e6);
        const CsvImport::Report report = CsvImport::run(table, mapping, profile.dossiers(),
                                                        profile.database(), QStringLiteral("bench"), &error);
        totalMs.append(t.nsecsElapsed() / 1e6 - checkMs.last());
        if (report.imported != rows) {
            std::fprintf(stderr, "imported %d of %d rows: %s\n", report.imported, rows, qPrintable(error));
            return 1;
        }
        if (run == 0) {
            // The archive of those dossiers, out and back in.
            QList<QUuid> ids;
            for (const CsvImport::RowResult& r : report.results)
                ids.append(r.dossierId);
            const QString zip = keep.filePath(QStringLiteral("all.zip"));
            QElapsedTimer e;
            e.start();
            DossierArchive::ExportSummary out;
            if (!DossierArchive::exportTo(profile, ids, zip, &out, &error))
                return 1;
            const double exportMs = e.nsecsElapsed() / 1e6;
            QTemporaryDir other;
            Profile target;
            target.open(other.path(), &error);
            e.restart();
            DossierArchive::ImportSummary in;
            if (!DossierArchive::importFrom(target, zip, false, &in, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            std::printf(
                "archive of %d dossiers (%.1f MB): export %.0f ms, import into a new profile %.0f ms\n", rows,
                out.bytes / 1e6, exportMs, e.nsecsElapsed() / 1e6);
        }
    }
    std::printf("import-csv of %d rows (median of 3, each into a new profile):\n", rows);
    std::printf("  read (encoding, separator, quotes)   %8.1f ms\n", median(readMs));
    std::printf("  check every row (SIREN, numbers, duplicates) %8.1f ms\n", median(checkMs));
    std::printf("  read + check + write, one transaction %8.1f ms   (target < 2000 ms)\n", median(totalMs));
    return 0;
}

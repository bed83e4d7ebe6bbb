// Writes the test documents into a folder, for the benchmark and for looking at them:
//   make_fixtures DIR [YYYY-MM-DD issue day]
#include "Fixtures.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <cstdio>

namespace Mandat {

static bool write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace Mandat

using namespace Mandat;

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: make_fixtures DIR [YYYY-MM-DD]\n");
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(dir);
    const QDate day
        = argc > 2 ? QDate::fromString(QString::fromLatin1(argv[2]), Qt::ISODate) : QDate::currentDate();
    const QStringList numbers { QStringLiteral("01 62 12 34 56"), QStringLiteral("01.62.12.34.57") };
    bool ok = true;
    ok &= write(dir + QStringLiteral("/kbis.pdf"), Fixtures::textPdf({ Fixtures::kbisUpToDate(day) }));
    ok &= write(dir + QStringLiteral("/kbis-delivered.pdf"),
                Fixtures::textPdf({ Fixtures::kbisDeliveredOnNextLine(day) }));
    ok &= write(dir + QStringLiteral("/kbis-footer.pdf"),
                Fixtures::textPdf({ Fixtures::kbisFooterOnly(day) }));
    ok &= write(dir + QStringLiteral("/kbis-struck-off.pdf"),
                Fixtures::textPdf({ Fixtures::kbisStruckOff(day) }));
    ok &= write(dir + QStringLiteral("/invoice.pdf"),
                Fixtures::textPdf({ Fixtures::invoiceOperator(day, numbers) }));
    ok &= write(dir + QStringLiteral("/invoice-short-month.pdf"),
                Fixtures::textPdf({ Fixtures::invoiceShortMonth(day, numbers) }));
    ok &= write(dir + QStringLiteral("/invoice-two-digit-year.pdf"),
                Fixtures::textPdf({ Fixtures::invoiceTwoDigitYear(day, numbers) }));
    ok &= write(
        dir + QStringLiteral("/invoice-multipage.pdf"),
        Fixtures::textPdf({ Fixtures::invoiceOperator(day, {}), QStringLiteral("Détail des appels\n..."),
                            QStringLiteral("Récapitulatif des lignes\n") + numbers.join(u'\n') }));
    // A telephone bill as operators send them: a summary, then pages of call details.
    QStringList bill { Fixtures::invoiceOperator(day, numbers) };
    for (int page = 0; page < 11; ++page) {
        QString details = QStringLiteral("Détail des communications — page %1\n").arg(page + 2);
        for (int call = 0; call < 40; ++call) {
            details += QStringLiteral("%1/10 %2:%3  01 62 12 34 56 -> 0%4 %5 %6 %7 %8  00:0%9:12  0,00 €\n")
                           .arg(1 + (call % 28), 2, 10, QLatin1Char('0'))
                           .arg(8 + call % 10, 2, 10, QLatin1Char('0'))
                           .arg(call % 60, 2, 10, QLatin1Char('0'))
                           .arg(1 + call % 5)
                           .arg(10 + call, 2, 10, QLatin1Char('0'))
                           .arg(20 + page, 2, 10, QLatin1Char('0'))
                           .arg(30 + call % 50, 2, 10, QLatin1Char('0'))
                           .arg(40 + call % 40, 2, 10, QLatin1Char('0'))
                           .arg(call % 10);
        }
        bill.append(details);
    }
    ok &= write(dir + QStringLiteral("/invoice-12-pages.pdf"), Fixtures::textPdf(bill));
    ok &= write(dir + QStringLiteral("/invoice-scanned.pdf"),
                Fixtures::scannedPdf({ Fixtures::invoiceOperator(day, numbers) }));
    ok &= write(dir + QStringLiteral("/invoice-scan.png"),
                Fixtures::png(Fixtures::pageImage(Fixtures::invoiceOperator(day, numbers))));
    ok &= write(dir + QStringLiteral("/kbis-scan.png"),
                Fixtures::png(Fixtures::pageImage(Fixtures::kbisUpToDate(day))));
    // Layouts from the field (issue 13): a reprint, a billing period alone, a table, a
    // wrapped Kbis label, and the documents in the Kbis's place for holders not on the RCS.
    ok &= write(dir + QStringLiteral("/invoice-duplicata.pdf"),
                Fixtures::textPdf({ Fixtures::invoiceDuplicata(day.addMonths(-4), day, numbers) }));
    ok &= write(dir + QStringLiteral("/invoice-period-only.pdf"),
                Fixtures::textPdf({ Fixtures::invoicePeriodOnly(day.addMonths(-1), numbers) }));
    ok &= write(dir + QStringLiteral("/invoice-table.pdf"),
                Fixtures::textPdf({ Fixtures::invoiceTable(day, numbers) }));
    ok &= write(dir + QStringLiteral("/invoice-table-scanned.pdf"),
                Fixtures::scannedPdf({ Fixtures::invoiceTable(day, numbers) }));
    ok &= write(dir + QStringLiteral("/kbis-wrapped.pdf"), Fixtures::textPdf({ Fixtures::kbisWrapped(day) }));
    ok &= write(dir + QStringLiteral("/rne-extract.pdf"), Fixtures::textPdf({ Fixtures::rneExtract(day) }));
    ok &= write(dir + QStringLiteral("/sirene-notice.pdf"),
                Fixtures::textPdf({ Fixtures::sireneNotice(day) }));
    ok &= write(dir + QStringLiteral("/rna-receipt.pdf"), Fixtures::textPdf({ Fixtures::rnaReceipt(day) }));
    ok &= write(dir + QStringLiteral("/empty.pdf"), QByteArray());
    const QByteArray pdf = Fixtures::textPdf({ Fixtures::kbisUpToDate(day) });
    ok &= write(dir + QStringLiteral("/truncated.pdf"), pdf.left(pdf.size() / 2));
    ok &= write(dir + QStringLiteral("/not-a-pdf.pdf"), "Bonjour, ceci n'est pas un PDF.\n");
    const QByteArray locked = Fixtures::encrypted(pdf, dir);
    if (!locked.isEmpty())
        ok &= write(dir + QStringLiteral("/encrypted.pdf"), locked);
    return ok ? 0 : 1;
}

// The document check on a file's bytes: a PDF (or an image) from a client, read by Poppler and
// judged as a Kbis, an invoice and a signed mandate. OCR is left out: Tesseract takes seconds
// a page and reads only what Poppler rendered; the text it gives goes through the same
// judging as the text layer does (fuzz_dates, fuzz_numbers).
#include "FuzzApp.h"
#include "FuzzCheck.h"
#include "checks/DocumentCheck.h"
#include "documents/DocumentReader.h"

#include <QDeadlineTimer>
#include <cstddef>
#include <cstdint>

using namespace Mandat;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 2 * 1024 * 1024)
        return 0;
    FuzzApp::instance();
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    DocumentReader::Options options;
    options.ocr = false;
    options.maxPages = 8;
    options.deadline = QDeadlineTimer(5000);
    DocumentCheck::Input input;
    input.kind = Document::Kind::Invoice;
    input.fileName = QStringLiteral("document.pdf");
    input.checkDay = QDate(2026, 12, 6);
    input.expectedSiren = QStringLiteral("518452750");
    input.clientName = QStringLiteral("ACME TÉLÉCOM");
    input.expectedNumbers = { QStringLiteral("+33162123456"), QStringLiteral("+33972101010") };
    input.dossierCreated = QDate(2026, 11, 1);
    DocumentReader::Text text;
    const DocumentCheck::Result first = DocumentCheck::run(bytes, input, options, &text);
    MANDAT_FUZZ_CHECK(first.pages >= 0);
    if (!first.unreadableReason.isEmpty()) {
        MANDAT_FUZZ_CHECK(!first.problems.isEmpty()); // an unreadable file says so
        return 0;
    }
    MANDAT_FUZZ_CHECK(text.pages.size() <= options.maxPages || options.maxPages == 0);
    for (const Document::Kind kind : { Document::Kind::Kbis, Document::Kind::SignedMandate }) {
        input.kind = kind;
        const DocumentCheck::Result r = DocumentCheck::analyse(text, bytes, input);
        MANDAT_FUZZ_CHECK(r.kind == kind);
        for (const QString& found : r.numbersFound)
            MANDAT_FUZZ_CHECK(found.startsWith(u'+'));
        r.toJson();
    }
    return 0;
}

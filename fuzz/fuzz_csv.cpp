// The CSV reader: a spreadsheet's export from a client, in any encoding, quoting and separator.
#include "FuzzCheck.h"
#include "bundle/CsvReader.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

using namespace Mandat;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    CsvReader::Table table;
    QString error;
    if (CsvReader::read(bytes, &table, &error)) {
        MANDAT_FUZZ_CHECK(error.isEmpty() || !table.header.isEmpty() || table.rows.isEmpty());
    } else {
        MANDAT_FUZZ_CHECK(!error.isEmpty()); // a refusal says why
    }
    CsvReader::Encoding encoding;
    CsvReader::decode(bytes, &encoding);
    return 0;
}

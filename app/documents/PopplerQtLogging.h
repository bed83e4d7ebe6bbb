#pragma once

namespace Mandat {

// Routes Poppler-qt6's own messages to our logging category (once per process), as
// DocumentReader::installPopplerLogging does for Poppler's C++ interface.
void installPopplerQtLogging();

} // namespace Mandat

#include "Logging.h"

namespace Mandat {

Q_LOGGING_CATEGORY(lcCore, "mandat.core", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "mandat.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNumbering, "mandat.numbering", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "mandat.cli", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDocuments, "mandat.documents", QtWarningMsg)
Q_LOGGING_CATEGORY(lcChecks, "mandat.checks", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "mandat.sync", QtWarningMsg)

} // namespace Mandat

#pragma once

#include <QLoggingCategory>

namespace Mandat {

// One category per module, all under "mandat.".
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcNumbering)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcDocuments)
Q_DECLARE_LOGGING_CATEGORY(lcChecks)
Q_DECLARE_LOGGING_CATEGORY(lcSync)

} // namespace Mandat

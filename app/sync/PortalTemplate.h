#pragma once

#include <QCoreApplication>
#include <QString>

namespace Mandat {

class PortalClient;
class Profile;

/*
 * The operator's blank mandate, fetched from the portal (GET /api/v1/template and its
 * mapping) and kept in the profile, so a mandate can be filled on it offline. The CLI's
 * `portal template` and the settings' "Fetch the blank mandate" share it.
 */
class PortalTemplate
{
    Q_DECLARE_TR_FUNCTIONS(PortalTemplate)

public:
    enum class Failure { None, Unreachable, Store };

    struct Result
    {
        QString sha256;
        qsizetype size = 0;
        int mappedFields = 0; // fields the portal said the value of
    };

    static bool fetch(Profile& profile, PortalClient& client, Result* result, QString* error,
                      Failure* failure = nullptr);
};

} // namespace Mandat

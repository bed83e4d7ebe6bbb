#pragma once

#include "MandateFiller.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <optional>

namespace Mandat {

class Profile;

/*
 * Fills a mandate template for a dossier the way the user set it up: the mapping (or the
 * placements) saved for this template, or the one MandatDesk proposes, the provider's
 * identity from the profile. The CLI's `fill` and the editor's "Générer le mandat" share it.
 */
class MandateGenerator
{
    Q_DECLARE_TR_FUNCTIONS(MandateGenerator)

public:
    enum class MappingSource { Saved, Proposed, Placements };
    enum class Failure { None, Unreadable, NoFields, FillFailed };

    struct Outcome
    {
        MandateFiller::Result fill;
        QString templateSha256;
        MappingSource mappingSource = MappingSource::Proposed;
    };

    // MandatDesk's own template, embedded.
    static QByteArray builtInTemplate();
    // The portal's blank template kept in the profile (`portal template`), or empty.
    static QByteArray portalTemplate(Profile& profile);
    // When it was fetched (invalid when never).
    static QDateTime portalTemplateFetched(Profile& profile);
    // Keeps the portal's blank template and the mapping it gave (may be empty) in the profile.
    static bool keepPortalTemplate(Profile& profile, const QByteArray& pdf,
                                   const QMap<QString, QString>& mapping, QString* sha256, QString* error);

    // `input.dossier`, dates and place are the caller's; the provider is filled in here when empty.
    static std::optional<Outcome> generate(Profile& profile, const QByteArray& templatePdf,
                                           TemplateValues::Input input, QString* error,
                                           Failure* failure = nullptr);
};

} // namespace Mandat

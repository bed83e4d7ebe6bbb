#include "MandateGenerator.h"

#include "FormFiller.h"
#include "TemplateSetup.h"
#include "core/Clock.h"
#include "store/Profile.h"
#include "store/ProfileSettings.h"

#include <QFile>

namespace Mandat {

namespace {
const QString kPortalTemplate = QStringLiteral("portal.template");
const QString kPortalTemplateFetched = QStringLiteral("portal.template_fetched");
} // namespace

QByteArray MandateGenerator::builtInTemplate()
{
    QFile file(QStringLiteral(":/templates/mandat-mandatdesk-fr.pdf"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray MandateGenerator::portalTemplate(Profile& profile)
{
    const QString sha = ProfileSettings(profile.database()).value(kPortalTemplate);
    QString error;
    return sha.isEmpty() ? QByteArray() : profile.blobs().read(sha, &error);
}

bool MandateGenerator::keepPortalTemplate(Profile& profile, const QByteArray& pdf,
                                          const QMap<QString, QString>& mapping, QString* sha256,
                                          QString* error)
{
    QString sha;
    if (!profile.blobs().put(pdf, &sha, error))
        return false;
    // The portal's mapping is its word on its own form; without one, MandatDesk proposes.
    if (!mapping.isEmpty() && !profile.templateMappings().save(sha, mapping, error))
        return false;
    ProfileSettings settings(profile.database());
    if (!settings.setValue(kPortalTemplate, sha)
        || !settings.setValue(kPortalTemplateFetched,
                              Clock::instance().currentDateTimeUtc().toString(Qt::ISODate))) {
        *error = tr("The portal's template could not be recorded in the profile.");
        return false;
    }
    if (sha256)
        *sha256 = sha;
    return true;
}

QDateTime MandateGenerator::portalTemplateFetched(Profile& profile)
{
    return QDateTime::fromString(ProfileSettings(profile.database()).value(kPortalTemplateFetched),
                                 Qt::ISODate);
}

std::optional<MandateGenerator::Outcome> MandateGenerator::generate(Profile& profile,
                                                                    const QByteArray& templatePdf,
                                                                    TemplateValues::Input input,
                                                                    QString* error, Failure* failure)
{
    Failure ignored;
    Failure& why = failure ? *failure : ignored;
    why = Failure::None;
    MandateFiller::Request request;
    request.templatePdf = templatePdf;
    if (input.provider.legalName.isEmpty())
        input.provider = profile.dossiers().provider(error).value_or(Company());
    if (input.place.isEmpty())
        input.place = input.provider.rcsCity;
    request.input = input;

    const std::optional<TemplateSetup> setup
        = TemplateSetup::load(profile.templateMappings(), templatePdf, error);
    if (!setup) {
        why = Failure::Unreadable;
        return std::nullopt;
    }
    Outcome out;
    out.templateSha256 = setup->sha256();
    request.mapping = setup->mapping();
    out.mappingSource = setup->isMappingSaved() ? MappingSource::Saved : MappingSource::Proposed;
    for (const TemplateMappings::Placement& pl : setup->placements())
        request.placements.append({ pl.key, pl.page, QPointF(pl.x, pl.y), pl.size });
    if (!setup->hasFields()) {
        if (request.placements.isEmpty()) {
            *error = tr(
                "The template has no form field: say first where each value goes on it (Mapping…; on the "
                "command line, template place).");
            why = Failure::NoFields;
            return std::nullopt;
        }
        out.mappingSource = MappingSource::Placements;
    }
    if (!MandateFiller::fill(request, &out.fill, error)) {
        why = Failure::FillFailed;
        return std::nullopt;
    }
    return out;
}

} // namespace Mandat

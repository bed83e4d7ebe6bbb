#include "MandateGenerator.h"

#include "FormFiller.h"
#include "TemplateMapping.h"
#include "store/Profile.h"
#include "store/ProfileSettings.h"

#include <QFile>

namespace Mandat {

QByteArray MandateGenerator::builtInTemplate()
{
    QFile file(QStringLiteral(":/templates/mandat-mandatdesk-fr.pdf"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray MandateGenerator::portalTemplate(Profile& profile)
{
    const QString sha = ProfileSettings(profile.database()).value(QStringLiteral("portal.template"));
    QString error;
    return sha.isEmpty() ? QByteArray() : profile.blobs().read(sha, &error);
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

    QString readError;
    const QList<FormFiller::Field> fields = FormFiller::fields(request.templatePdf, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        why = Failure::Unreadable;
        return std::nullopt;
    }
    Outcome out;
    out.templateSha256 = BlobStore::sha256Hex(request.templatePdf);
    TemplateMappings& stored = profile.templateMappings();
    request.mapping = stored.mapping(out.templateSha256, error);
    out.mappingSource = request.mapping.isEmpty() ? MappingSource::Proposed : MappingSource::Saved;
    if (request.mapping.isEmpty())
        request.mapping = TemplateMapping::propose(fields);
    for (const TemplateMappings::Placement& pl : stored.placements(out.templateSha256, error))
        request.placements.append({ pl.key, pl.page, QPointF(pl.x, pl.y), pl.size });
    if (fields.isEmpty()) {
        if (request.placements.isEmpty()) {
            *error = tr("The template has no form field: place the values first with template place.");
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

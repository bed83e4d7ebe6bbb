#include "TemplateSetup.h"

#include "TemplateMapping.h"
#include "TemplateValues.h"
#include "store/BlobStore.h"

#include <QSet>

namespace Mandat {

std::optional<TemplateSetup> TemplateSetup::load(TemplateMappings& stored, const QByteArray& pdf,
                                                 QString* error)
{
    TemplateSetup setup;
    QString readError;
    setup.m_fields = FormFiller::fields(pdf, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return std::nullopt;
    }
    setup.m_sha256 = BlobStore::sha256Hex(pdf);
    QString storeError;
    setup.m_mapping = stored.mapping(setup.m_sha256, &storeError);
    setup.m_mappingSaved = !setup.m_mapping.isEmpty();
    if (!setup.m_mappingSaved)
        setup.m_mapping = TemplateMapping::propose(setup.m_fields);
    setup.m_placements = stored.placements(setup.m_sha256, &storeError);
    if (!storeError.isEmpty()) {
        *error = storeError;
        return std::nullopt;
    }
    return setup;
}

bool TemplateSetup::setFieldValue(const QString& field, const QString& key, QString* error)
{
    const bool known = std::any_of(m_fields.begin(), m_fields.end(),
                                   [&](const FormFiller::Field& f) { return f.name == field; });
    if (!known) {
        *error = tr("The template has no field named %1.").arg(field);
        return false;
    }
    if (key.isEmpty()) {
        m_mapping.remove(field);
        return true;
    }
    const QStringList keys = TemplateValues::keys();
    if (!keys.contains(key)) {
        *error = tr("Unknown value \"%1\"; the values are: %2").arg(key, keys.join(QStringLiteral(", ")));
        return false;
    }
    m_mapping.insert(field, key);
    return true;
}

bool TemplateSetup::checkPlacement(const TemplateMappings::Placement& p, QString* error) const
{
    const QStringList keys = TemplateValues::keys();
    if (!keys.contains(p.key)) {
        *error = tr("Unknown value \"%1\"; the values are: %2").arg(p.key, keys.join(QStringLiteral(", ")));
        return false;
    }
    if (p.page < 1 || p.x < 0 || p.y < 0 || p.size <= 0 || p.size >= 100) {
        *error = tr("%1: a placement is a page from 1, a position in points from the top left of the page, "
                    "and a size from 1 to 99 points.")
                     .arg(p.key);
        return false;
    }
    return true;
}

bool TemplateSetup::setPlacement(const TemplateMappings::Placement& placement, QString* error)
{
    if (!checkPlacement(placement, error))
        return false;
    m_placements.erase(
        std::remove_if(m_placements.begin(), m_placements.end(),
                       [&](const TemplateMappings::Placement& p) { return p.key == placement.key; }),
        m_placements.end());
    m_placements.append(placement);
    return true;
}

bool TemplateSetup::setPlacements(const QList<TemplateMappings::Placement>& placements, QString* error)
{
    QSet<QString> seen;
    for (const TemplateMappings::Placement& p : placements) {
        if (!checkPlacement(p, error))
            return false;
        if (seen.contains(p.key)) {
            *error = tr("%1 is placed twice: keep one place per value.").arg(p.key);
            return false;
        }
        seen.insert(p.key);
    }
    m_placements = placements;
    return true;
}

bool TemplateSetup::saveMapping(TemplateMappings& stored, QString* error)
{
    if (!stored.save(m_sha256, m_mapping, error))
        return false;
    m_mappingSaved = true;
    return true;
}

bool TemplateSetup::savePlacements(TemplateMappings& stored, QString* error)
{
    return stored.savePlacements(m_sha256, m_placements, error);
}

} // namespace Mandat

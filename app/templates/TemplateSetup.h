#pragma once

#include "FormFiller.h"
#include "store/TemplateMappings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace Mandat {

/*
 * How one template is set up for filling, as the user sees and corrects it: a form's fields
 * and the dossier value each takes (the one remembered for this template, else MandatDesk's
 * proposal), or, for a template without fields, where each value is drawn. Remembered in the
 * profile by the template's SHA-256. The CLI's `template map` and `template place`, the
 * window's mapping dialog and MandateGenerator all go through here.
 */
class TemplateSetup
{
    Q_DECLARE_TR_FUNCTIONS(TemplateSetup)

public:
    // Reads the template's fields and what the profile remembers for it.
    static std::optional<TemplateSetup> load(TemplateMappings& stored, const QByteArray& pdf, QString* error);

    QString sha256() const { return m_sha256; }
    const QList<FormFiller::Field>& fields() const { return m_fields; }
    bool hasFields() const { return !m_fields.isEmpty(); }
    // Field name -> value key; fields that take nothing are left out.
    const QMap<QString, QString>& mapping() const { return m_mapping; }
    // True when the mapping is the one remembered for this template, false when proposed.
    bool isMappingSaved() const { return m_mappingSaved; }
    const QList<TemplateMappings::Placement>& placements() const { return m_placements; }

    // An empty key: the field takes nothing. Refuses a field the form does not have, or an unknown key.
    bool setFieldValue(const QString& field, const QString& key, QString* error);
    // Replaces the placement of the same value, if any.
    bool setPlacement(const TemplateMappings::Placement& placement, QString* error);
    // Replaces every placement; refuses the whole list if one is wrong or a value is placed twice.
    bool setPlacements(const QList<TemplateMappings::Placement>& placements, QString* error);

    // Remembers the mapping (or the placements) for this template, replacing what was there.
    bool saveMapping(TemplateMappings& stored, QString* error);
    bool savePlacements(TemplateMappings& stored, QString* error);

private:
    bool checkPlacement(const TemplateMappings::Placement& placement, QString* error) const;

    QString m_sha256;
    QList<FormFiller::Field> m_fields;
    QMap<QString, QString> m_mapping;
    bool m_mappingSaved = false;
    QList<TemplateMappings::Placement> m_placements;
};

} // namespace Mandat

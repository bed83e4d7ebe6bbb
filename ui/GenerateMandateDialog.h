#pragma once

#include "model/Dossier.h"
#include "templates/MandateGenerator.h"

#include <QDialog>
#include <QScopedPointer>
#include <optional>

namespace Ui {
class GenerateMandateDialog;
}

namespace Mandat {

class Profile;
class TemplateMappingDialog;

/*
 * "Generate the mandate", as the user wants it: on MandatDesk's template, on the operator's
 * template kept from the portal, or on an operator's PDF form from the disk (with the
 * mapping dialog to check which value goes where); the place and the dates of signature and
 * of start. OK fills the mandate and checks it (MandateGenerator, as `mandatdesk-cli fill`);
 * the dialog stays open and says why when it cannot.
 */
class GenerateMandateDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Source { Own, Portal, File };

    GenerateMandateDialog(Profile& profile, const Dossier& dossier, QWidget* parent = nullptr);
    ~GenerateMandateDialog() override;

    Source source() const;
    // The filled mandate, once accepted.
    const std::optional<MandateGenerator::Outcome>& outcome() const { return m_outcome; }
    // Which template it was filled on, for a sentence: "MandatDesk's template", "formulaire.pdf".
    QString templateDescription() const;

public slots:
    void accept() override;
    // The mapping dialog for the chosen operator template (null for MandatDesk's own).
    TemplateMappingDialog* openMapping();

private:
    QByteArray chosenTemplate(QString* error) const;
    void updateChoice();
    void updateMappingState();

    QScopedPointer<Ui::GenerateMandateDialog> m_ui;
    Profile& m_profile;
    Dossier m_dossier;
    std::optional<MandateGenerator::Outcome> m_outcome;
};

} // namespace Mandat

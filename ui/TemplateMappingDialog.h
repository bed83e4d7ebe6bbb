#pragma once

#include <QDialog>
#include <QScopedPointer>
#include <memory>

namespace Ui {
class TemplateMappingDialog;
}
class QComboBox;

namespace Mandat {

class Profile;
class TemplateSetup;

/*
 * An operator's mandate form and how MandatDesk fills it, for the user to check and correct:
 * each field with the dossier value it takes (remembered for this form, or proposed), or,
 * for a PDF without fields, where each value is written. Save remembers it in the profile
 * by the form's SHA-256, as `mandatdesk-cli template map --save` and `template place` do.
 * Opened from the Dossier menu (any form) or from "Generate the mandate" (the chosen one).
 */
class TemplateMappingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TemplateMappingDialog(Profile& profile, QWidget* parent = nullptr);
    ~TemplateMappingDialog() override;

    // Shows the PDF form at `path`; false (and the reason shown) when it cannot be read.
    bool openFile(const QString& path);
    // Shows a form given whole (the portal's kept template), named `name`; it cannot be changed here.
    bool openTemplate(const QByteArray& pdf, const QString& name);
    // The SHA-256 of the form shown, or empty.
    QString templateSha256() const;

public slots:
    // Saves the mapping (or the placements) and closes; stays open and says why when it cannot.
    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void openTypedPath();
    bool load(const QByteArray& pdf, QString* error);
    void showError(const QString& error);
    void showState();
    void fillFields();
    void fillPlacements();
    void addPlacement();
    void addPlacementRow(const QString& key, int page, double x, double y, double size);
    QComboBox* valueCombo(const QString& fieldType, const QString& current) const;

    QScopedPointer<Ui::TemplateMappingDialog> m_ui;
    Profile& m_profile;
    std::unique_ptr<TemplateSetup> m_setup;
    QString m_shownPath;
};

} // namespace Mandat

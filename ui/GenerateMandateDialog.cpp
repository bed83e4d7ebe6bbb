#include "GenerateMandateDialog.h"

#include "MessageBox.h"
#include "TemplateMappingDialog.h"
#include "WindowGeometry.h"
#include "core/Clock.h"
#include "model/StatusGroup.h"
#include "store/Profile.h"
#include "templates/TemplateSetup.h"
#include "ui_GenerateMandateDialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>

namespace Mandat {

GenerateMandateDialog::GenerateMandateDialog(Profile& profile, const Dossier& dossier, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::GenerateMandateDialog)
    , m_profile(profile)
    , m_dossier(dossier)
{
    m_ui->setupUi(this);
    WindowGeometry::keep(this, QStringLiteral("generate-mandate"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Generate"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    for (QPushButton* b : { m_ui->browseButton, m_ui->mappingButton }) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }

    // The operator's template, if the portal gave one (Settings, Operator portal).
    const bool kept = !MandateGenerator::portalTemplate(m_profile).isEmpty();
    m_ui->portalRadio->setEnabled(kept);
    const QDateTime fetched = MandateGenerator::portalTemplateFetched(m_profile);
    m_ui->portalHint->setText(
        !kept ? tr("Not fetched yet: Settings, Operator portal, \"Fetch the blank mandate\".")
            : fetched.isValid()
            ? tr("Fetched from the portal on %1.")
                  .arg(QLocale().toString(fetched.toLocalTime().date(), QLocale::ShortFormat))
            : tr("Kept from the portal."));
    (kept ? m_ui->portalRadio : m_ui->ownRadio)->setChecked(true);

    QString error;
    const QString rcsCity = m_profile.dossiers().provider(&error).value_or(Company()).rcsCity;
    if (!rcsCity.isEmpty())
        m_ui->placeEdit->setPlaceholderText(tr("%1 (your company's RCS city) when left empty").arg(rcsCity));
    const QDate today = Clock::instance().today();
    m_ui->dateEdit->setDate(today);
    m_ui->startEdit->setDate(today);

    for (QRadioButton* r : { m_ui->ownRadio, m_ui->portalRadio, m_ui->fileRadio })
        connect(r, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                updateChoice();
        });
    connect(m_ui->fileEdit, &QLineEdit::textEdited, this, [this] {
        m_ui->fileRadio->setChecked(true);
        updateChoice();
    });
    connect(m_ui->fileEdit, &QLineEdit::editingFinished, this, &GenerateMandateDialog::updateMappingState);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("The operator's PDF form"), QString(),
                                                          tr("PDF forms (*.pdf);;All files (*)"));
        if (path.isEmpty())
            return;
        m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
        m_ui->fileRadio->setChecked(true);
        updateChoice();
    });
    connect(m_ui->mappingButton, &QPushButton::clicked, this, &GenerateMandateDialog::openMapping);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &GenerateMandateDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &GenerateMandateDialog::reject);
    updateChoice();
}

GenerateMandateDialog::~GenerateMandateDialog() = default;

GenerateMandateDialog::Source GenerateMandateDialog::source() const
{
    return m_ui->fileRadio->isChecked()  ? Source::File
        : m_ui->portalRadio->isChecked() ? Source::Portal
                                         : Source::Own;
}

QString GenerateMandateDialog::templateDescription() const
{
    switch (source()) {
    case Source::Own:
        return tr("MandatDesk's template");
    case Source::Portal:
        return tr("the operator's template");
    case Source::File:
        return QFileInfo(m_ui->fileEdit->text().trimmed()).fileName();
    }
    return {};
}

void GenerateMandateDialog::updateChoice()
{
    const Source s = source();
    m_ui->mappingButton->setEnabled(s == Source::Portal
                                    || (s == Source::File && !m_ui->fileEdit->text().trimmed().isEmpty()));
    if (s != Source::File || !m_ui->fileEdit->hasFocus())
        updateMappingState();
}

void GenerateMandateDialog::updateMappingState()
{
    const Source s = source();
    if (s == Source::Own) {
        m_ui->mappingLabel->setText(
            tr("Its fields are named after the dossier's values: nothing to set up."));
        return;
    }
    if (s == Source::File && m_ui->fileEdit->text().trimmed().isEmpty()) {
        m_ui->mappingLabel->setText(tr("Choose the form."));
        return;
    }
    QString error;
    const QByteArray pdf = chosenTemplate(&error);
    std::optional<TemplateSetup> setup;
    if (!pdf.isEmpty())
        setup = TemplateSetup::load(m_profile.templateMappings(), pdf, &error);
    if (!setup) {
        m_ui->mappingLabel->setText(toneHtml(Tone::Bad, error));
        return;
    }
    QString text;
    if (setup->hasFields())
        text = setup->isMappingSaved()
            ? tr("%n field(s), filled as saved for this form.", nullptr, int(setup->fields().size()))
            : tr("%n field(s), filled as MandatDesk proposes: check it with Mapping….", nullptr,
                 int(setup->fields().size()));
    else
        text = setup->placements().isEmpty()
            ? tr("No form field: say where the values go with Mapping….")
            : tr("No form field: %n value(s) placed on it.", nullptr, int(setup->placements().size()));
    m_ui->mappingLabel->setText(text.toHtmlEscaped());
}

QByteArray GenerateMandateDialog::chosenTemplate(QString* error) const
{
    switch (source()) {
    case Source::Own:
        return MandateGenerator::builtInTemplate();
    case Source::Portal: {
        const QByteArray pdf = MandateGenerator::portalTemplate(m_profile);
        if (pdf.isEmpty())
            *error = tr("The portal's template is not kept here yet: fetch it in Settings, Operator portal.");
        return pdf;
    }
    case Source::File: {
        const QString path = m_ui->fileEdit->text().trimmed();
        if (path.isEmpty()) {
            *error = tr("Choose the operator's PDF form, or another template.");
            return {};
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return {};
        }
        return file.readAll();
    }
    }
    return {};
}

TemplateMappingDialog* GenerateMandateDialog::openMapping()
{
    const Source s = source();
    if (s == Source::Own)
        return nullptr;
    QString error;
    const QByteArray pdf = chosenTemplate(&error);
    if (pdf.isEmpty()) {
        MessageBox::warning(this, tr("Mapping"), error);
        return nullptr;
    }
    // The form chosen here is the one shown: it is changed here, not in the mapping dialog.
    auto* dialog = new TemplateMappingDialog(m_profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->openTemplate(pdf,
                         s == Source::Portal ? tr("The operator's template, from the portal")
                                             : QDir::toNativeSeparators(m_ui->fileEdit->text().trimmed()));
    connect(dialog, &QDialog::finished, this, &GenerateMandateDialog::updateMappingState);
    dialog->open();
    return dialog;
}

void GenerateMandateDialog::accept()
{
    QString error;
    const QByteArray pdf = chosenTemplate(&error);
    if (pdf.isEmpty()) {
        MessageBox::warning(this, tr("Generate the mandate"), error);
        return;
    }
    TemplateValues::Input input;
    input.dossier = m_dossier;
    input.place = m_ui->placeEdit->text().trimmed();
    input.date = m_ui->dateEdit->date();
    input.startDate = m_ui->startEdit->date();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_outcome = MandateGenerator::generate(m_profile, pdf, input, &error);
    QApplication::restoreOverrideCursor();
    if (!m_outcome) {
        MessageBox::warning(
            this, tr("Generate the mandate"),
            tr("The mandate could not be filled on %1.\n\n%2").arg(templateDescription(), error));
        return;
    }
    QDialog::accept();
}

} // namespace Mandat

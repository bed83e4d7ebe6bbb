#include "ProviderDialog.h"

#include "MessageBox.h"
#include "WindowGeometry.h"
#include "model/CompanyIdentifier.h"
#include "model/StatusGroup.h"
#include "store/DossierStore.h"
#include "ui_ProviderDialog.h"

#include <QPushButton>

namespace Mandat {

ProviderDialog::ProviderDialog(DossierStore& store, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::ProviderDialog)
    , m_store(store)
{
    m_ui->setupUi(this);
    WindowGeometry::keep(this, QStringLiteral("provider"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    QString error;
    m_company = store.provider(&error).value_or(Company());
    m_ui->legalNameEdit->setText(m_company.legalName);
    m_ui->legalFormEdit->setText(m_company.legalForm);
    m_ui->capitalEdit->setText(m_company.shareCapital);
    m_ui->addressEdit->setText(m_company.address);
    m_ui->sirenEdit->setText(m_company.siren);
    m_ui->rcsCityEdit->setText(m_company.rcsCity);
    m_ui->representativeNameEdit->setText(m_company.representativeName);
    m_ui->representativeTitleEdit->setText(m_company.representativeTitle);
    connect(m_ui->sirenEdit, &QLineEdit::textChanged, this, &ProviderDialog::updateSiren);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProviderDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProviderDialog::reject);
    updateSiren();
}

ProviderDialog::~ProviderDialog() = default;

void ProviderDialog::updateSiren()
{
    const QString text = m_ui->sirenEdit->text().trimmed();
    const CompanyIdentifier id = CompanyIdentifier::parse(text);
    m_ui->sirenStatus->setText(
        text.isEmpty() ? QString()
            : id.isValid()
            ? toneHtml(Tone::Good, QStringLiteral("✔ ") + tr("VAT number: %1").arg(id.tvaNumber()))
            : toneHtml(Tone::Bad, QStringLiteral("✘ ") + id.errorString()));
}

Company ProviderDialog::company() const
{
    return m_company;
}

void ProviderDialog::accept()
{
    Company c = m_company;
    c.legalName = m_ui->legalNameEdit->text().trimmed();
    c.legalForm = m_ui->legalFormEdit->text().trimmed();
    c.shareCapital = m_ui->capitalEdit->text().trimmed();
    c.address = m_ui->addressEdit->text().trimmed();
    c.rcsCity = m_ui->rcsCityEdit->text().trimmed();
    c.representativeName = m_ui->representativeNameEdit->text().trimmed();
    c.representativeTitle = m_ui->representativeTitleEdit->text().trimmed();
    const CompanyIdentifier id = CompanyIdentifier::parse(m_ui->sirenEdit->text());
    if (c.legalName.isEmpty()) {
        MessageBox::warning(this, windowTitle(), tr("Enter your company's name."));
        m_ui->legalNameEdit->setFocus();
        return;
    }
    if (!id.isValid()) {
        MessageBox::warning(this, windowTitle(), tr("The SIREN is not valid: %1").arg(id.errorString()));
        m_ui->sirenEdit->setFocus();
        return;
    }
    c.siren = id.siren();
    QString error;
    if (!m_store.setProvider(c, &error)) {
        MessageBox::warning(this, windowTitle(), tr("Your company was not saved.\n\n%1").arg(error));
        return;
    }
    m_company = c;
    QDialog::accept();
}

} // namespace Mandat

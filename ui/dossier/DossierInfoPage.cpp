#include "DossierInfoPage.h"

#include "MessageBox.h"
#include "model/CompanyIdentifier.h"
#include "model/StatusGroup.h"
#include "numbering/NumberClassifier.h"
#include "ui_DossierInfoPage.h"

#include <QHeaderView>

namespace Mandat {

namespace {
QTableWidgetItem* item(const QString& text, const QString& tip = {})
{
    auto* i = new QTableWidgetItem(text);
    if (!tip.isEmpty())
        i->setToolTip(tip);
    return i;
}

QString yesNo(bool yes)
{
    return yes ? DossierInfoPage::tr("Allowed") : DossierInfoPage::tr("Not allowed");
}
} // namespace

DossierInfoPage::DossierInfoPage(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::DossierInfoPage)
{
    m_ui->setupUi(this);
    QTableWidget* numbers = m_ui->numbersTable;
    numbers->setColumnCount(5);
    numbers->setHorizontalHeaderLabels(
        { tr("Number"), tr("Category"), tr("Agents"), tr("Automated"), tr("Note") });
    numbers->verticalHeader()->hide();
    numbers->setSelectionMode(QAbstractItemView::SingleSelection);
    // The note says why a number is refused: wrapped in full, never clipped.
    numbers->setWordWrap(true);
    numbers->horizontalHeader()->setStretchLastSection(true);
    connect(numbers->horizontalHeader(), &QHeaderView::sectionResized, numbers,
            &QTableWidget::resizeRowsToContents);

    for (QLineEdit* e : { m_ui->nameEdit, m_ui->clientNameEdit, m_ui->clientFormEdit, m_ui->clientCapitalEdit,
                          m_ui->clientAddressEdit, m_ui->rcsCityEdit, m_ui->representativeNameEdit,
                          m_ui->representativeTitleEdit })
        connect(e, &QLineEdit::textEdited, this, [this] { emit edited(); });
    connect(m_ui->sirenEdit, &QLineEdit::textChanged, this, [this] {
        updateSiren();
        if (!m_loading)
            emit edited();
    });
    connect(m_ui->useAgentsRadio, &QRadioButton::toggled, this, [this] {
        fillNumbers();
        updateNumberHint();
        if (!m_loading)
            emit edited();
    });
    connect(m_ui->numberEdit, &QLineEdit::textChanged, this, &DossierInfoPage::updateNumberHint);
    connect(m_ui->numberEdit, &QLineEdit::returnPressed, this, &DossierInfoPage::addNumber);
    connect(m_ui->addNumberButton, &QPushButton::clicked, this, &DossierInfoPage::addNumber);
    connect(m_ui->removeNumberButton, &QPushButton::clicked, this, &DossierInfoPage::removeNumber);
}

DossierInfoPage::~DossierInfoPage() = default;

void DossierInfoPage::setDossier(Dossier* dossier)
{
    m_dossier = dossier;
    m_loading = true;
    m_ui->nameEdit->setText(dossier->name);
    m_ui->clientNameEdit->setText(dossier->client.legalName);
    m_ui->clientFormEdit->setText(dossier->client.legalForm);
    m_ui->clientCapitalEdit->setText(dossier->client.shareCapital);
    m_ui->sirenEdit->setText(dossier->client.siren);
    m_ui->clientAddressEdit->setText(dossier->client.address);
    m_ui->rcsCityEdit->setText(dossier->client.rcsCity);
    m_ui->representativeNameEdit->setText(dossier->client.representativeName);
    m_ui->representativeTitleEdit->setText(dossier->client.representativeTitle);
    (dossier->use == PhoneUse::Automated ? m_ui->useAutomatedRadio : m_ui->useAgentsRadio)->setChecked(true);
    updateSiren();
    fillNumbers();
    m_loading = false;
}

void DossierInfoPage::readFields() const
{
    Dossier& d = *m_dossier;
    d.name = m_ui->nameEdit->text().trimmed();
    d.client.legalName = m_ui->clientNameEdit->text().trimmed();
    d.client.legalForm = m_ui->clientFormEdit->text().trimmed();
    d.client.shareCapital = m_ui->clientCapitalEdit->text().trimmed();
    const CompanyIdentifier siren = CompanyIdentifier::parse(m_ui->sirenEdit->text());
    d.client.siren = siren.isValid() ? siren.siren() : m_ui->sirenEdit->text().simplified().remove(u' ');
    d.client.address = m_ui->clientAddressEdit->text().trimmed();
    d.client.rcsCity = m_ui->rcsCityEdit->text().trimmed();
    d.client.representativeName = m_ui->representativeNameEdit->text().trimmed();
    d.client.representativeTitle = m_ui->representativeTitleEdit->text().trimmed();
    d.use = m_ui->useAutomatedRadio->isChecked() ? PhoneUse::Automated : PhoneUse::Agents;
}

void DossierInfoPage::focusName(bool selectAll)
{
    m_ui->nameEdit->setFocus();
    if (selectAll)
        m_ui->nameEdit->selectAll();
}

void DossierInfoPage::showName(const QString& name)
{
    m_ui->nameEdit->setText(name);
}

void DossierInfoPage::updateSiren()
{
    const QString text = m_ui->sirenEdit->text().trimmed();
    if (text.isEmpty()) {
        m_ui->sirenStatus->clear();
        m_ui->tvaLabel->clear();
        return;
    }
    const CompanyIdentifier id = CompanyIdentifier::parse(text);
    if (id.isValid()) {
        m_ui->sirenStatus->setText(toneHtml(Tone::Good, QStringLiteral("✔ ") + tr("valid SIREN")));
        m_ui->tvaLabel->setText(tr("VAT number: %1").arg(id.tvaNumber()));
    } else {
        m_ui->sirenStatus->setText(toneHtml(Tone::Bad, QStringLiteral("✘ ") + id.errorString()));
        m_ui->tvaLabel->clear();
    }
}

void DossierInfoPage::updateNumberHint()
{
    const QString text = m_ui->numberEdit->text().trimmed();
    if (text.isEmpty()) {
        m_ui->numberHint->clear();
        return;
    }
    const NumberClassification c = NumberClassifier::builtIn().classify(text);
    if (!c.valid) {
        m_ui->numberHint->setText(toneHtml(Tone::Bad, c.reason));
        return;
    }
    const bool automated = m_ui->useAutomatedRadio->isChecked();
    const bool allowed = automated ? c.automatedAllowed : c.agentsAllowed;
    m_ui->numberHint->setText(
        toneHtml(allowed ? Tone::Good : Tone::Bad, QStringLiteral("%1 — %2").arg(c.national, c.reason)));
}

void DossierInfoPage::addNumber()
{
    const QString text = m_ui->numberEdit->text().trimmed();
    if (text.isEmpty() || !m_dossier)
        return;
    const NumberClassification c = NumberClassifier::builtIn().classify(text);
    if (!c.valid) {
        MessageBox::warning(this, tr("Add a number"),
                            tr("\"%1\" is not a number that can be presented.\n\n%2").arg(text, c.reason));
        return;
    }
    QString error;
    if (!m_dossier->addNumber(c.e164, &error)) {
        MessageBox::warning(this, tr("Add a number"), error);
        return;
    }
    m_ui->numberEdit->clear();
    fillNumbers();
    emit edited();
}

void DossierInfoPage::removeNumber()
{
    const int row = m_ui->numbersTable->currentRow();
    if (!m_dossier || row < 0 || row >= m_dossier->numbers.size())
        return;
    m_dossier->numbers.removeAt(row);
    fillNumbers();
    emit edited();
}

void DossierInfoPage::fillNumbers()
{
    if (!m_dossier)
        return;
    const QStringList& numbers = m_dossier->numbers;
    const bool automated = m_ui->useAutomatedRadio->isChecked();
    QTableWidget* table = m_ui->numbersTable;
    table->setRowCount(int(numbers.size()));
    for (int i = 0; i < numbers.size(); ++i) {
        const NumberClassification c = NumberClassifier::builtIn().classify(numbers.at(i));
        const bool allowed = automated ? c.automatedAllowed : c.agentsAllowed;
        table->setItem(i, 0, item(c.national, c.e164));
        table->setItem(i, 1, item(numberCategoryLabel(c.category)));
        table->setItem(i, 2, item(yesNo(c.agentsAllowed)));
        table->setItem(i, 3, item(yesNo(c.automatedAllowed)));
        table->setItem(i, 4, item(allowed ? QString() : c.reason, c.reason));
        if (!allowed) {
            for (int col = 0; col < 5; ++col)
                table->item(i, col)->setForeground(toneColor(Tone::Bad));
        }
    }
    table->resizeColumnsToContents();
    // The note takes the width left and wraps (rows follow the column, see the constructor).
    table->setColumnWidth(4, 80);
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeRowsToContents();
}

} // namespace Mandat

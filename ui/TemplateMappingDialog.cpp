#include "TemplateMappingDialog.h"

#include "MessageBox.h"
#include "WindowGeometry.h"
#include "model/StatusGroup.h"
#include "store/Profile.h"
#include "templates/MandateGenerator.h"
#include "templates/TemplateSetup.h"
#include "templates/TemplateValues.h"
#include "ui_TemplateMappingDialog.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QSpinBox>

namespace Mandat {

namespace {
enum FieldColumn { FieldName, FieldType, FieldPage, FieldValue };
enum PlacementColumn { PlacedValue, PlacedPage, PlacedX, PlacedY, PlacedSize };

QString typeLabel(const QString& type)
{
    if (type == QLatin1String("text"))
        return TemplateMappingDialog::tr("Text");
    if (type == QLatin1String("checkbox"))
        return TemplateMappingDialog::tr("Check box");
    if (type == QLatin1String("radio"))
        return TemplateMappingDialog::tr("Radio button");
    if (type == QLatin1String("choice"))
        return TemplateMappingDialog::tr("List");
    if (type == QLatin1String("signature"))
        return TemplateMappingDialog::tr("Signature");
    if (type == QLatin1String("button"))
        return TemplateMappingDialog::tr("Button");
    return type;
}

QTableWidgetItem* item(const QString& text, const QString& tip = {})
{
    auto* i = new QTableWidgetItem(text);
    i->setToolTip(tip.isEmpty() ? text : tip);
    return i;
}

QDoubleSpinBox* pointsBox(double value, double max, const QString& accessibleName)
{
    auto* box = new QDoubleSpinBox;
    box->setRange(0, max);
    box->setDecimals(1);
    box->setSuffix(TemplateMappingDialog::tr(" pt"));
    box->setValue(value);
    box->setAccessibleName(accessibleName);
    return box;
}
} // namespace

TemplateMappingDialog::TemplateMappingDialog(Profile& profile, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::TemplateMappingDialog)
    , m_profile(profile)
{
    m_ui->setupUi(this);
    WindowGeometry::keep(this, QStringLiteral("template-mapping"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    for (QPushButton* b :
         { m_ui->browseButton, m_ui->portalButton, m_ui->addPlacementButton, m_ui->removePlacementButton })
        b->setAutoDefault(false);

    m_ui->fieldsTable->setColumnCount(4);
    m_ui->fieldsTable->setHorizontalHeaderLabels(
        { tr("Field"), tr("Type"), tr("Page"), tr("Dossier value") });
    m_ui->placementsTable->setColumnCount(5);
    m_ui->placementsTable->setHorizontalHeaderLabels(
        { tr("Dossier value"), tr("Page"), tr("From the left"), tr("From the top"), tr("Font size") });
    for (QTableWidget* t : { m_ui->fieldsTable, m_ui->placementsTable }) {
        t->verticalHeader()->hide();
        t->horizontalHeader()->setStretchLastSection(true);
    }
    m_ui->fieldsTable->setColumnWidth(FieldName, 220);
    m_ui->fieldsTable->setColumnWidth(FieldType, 100);
    m_ui->fieldsTable->setColumnWidth(FieldPage, 50);
    m_ui->placementsTable->setColumnWidth(PlacedValue, 300);
    for (int c : { PlacedPage, PlacedX, PlacedY })
        m_ui->placementsTable->setColumnWidth(c, 110);
    m_ui->pages->setCurrentWidget(m_ui->fieldsPage);
    m_ui->portalButton->setVisible(!MandateGenerator::portalTemplate(m_profile).isEmpty());

    connect(m_ui->fileEdit, &QLineEdit::editingFinished, this, &TemplateMappingDialog::openTypedPath);
    m_ui->fileEdit->installEventFilter(this);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("The operator's PDF form"), QString(),
                                                          tr("PDF forms (*.pdf);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    connect(m_ui->portalButton, &QPushButton::clicked, this, [this] {
        openTemplate(MandateGenerator::portalTemplate(m_profile),
                     tr("The operator's template, from the portal"));
    });
    connect(m_ui->addPlacementButton, &QPushButton::clicked, this, &TemplateMappingDialog::addPlacement);
    connect(m_ui->removePlacementButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->placementsTable->currentRow();
        if (row >= 0)
            m_ui->placementsTable->removeRow(row);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TemplateMappingDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &TemplateMappingDialog::reject);
}

TemplateMappingDialog::~TemplateMappingDialog() = default;

bool TemplateMappingDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in the path field opens the form: it must not reach the dialog, where it would save.
    if (watched == m_ui->fileEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openTypedPath();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TemplateMappingDialog::openTypedPath()
{
    const QString path = m_ui->fileEdit->text().trimmed();
    if (!path.isEmpty() && path != QDir::toNativeSeparators(m_shownPath) && !m_ui->fileEdit->isReadOnly())
        openFile(path);
}

QString TemplateMappingDialog::templateSha256() const
{
    return m_setup ? m_setup->sha256() : QString();
}

bool TemplateMappingDialog::openFile(const QString& path)
{
    m_shownPath = path;
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    QString error;
    if (!load(file.readAll(), &error)) {
        showError(error);
        return false;
    }
    return true;
}

bool TemplateMappingDialog::openTemplate(const QByteArray& pdf, const QString& name)
{
    // A template that is not a file: which one is shown, and it is not changed here.
    m_shownPath.clear();
    m_ui->fileEdit->setText(name);
    m_ui->fileEdit->setReadOnly(true);
    m_ui->browseButton->setVisible(false);
    m_ui->portalButton->setVisible(false);
    QString error;
    if (!load(pdf, &error)) {
        showError(error);
        return false;
    }
    return true;
}

bool TemplateMappingDialog::load(const QByteArray& pdf, QString* error)
{
    std::optional<TemplateSetup> setup = TemplateSetup::load(m_profile.templateMappings(), pdf, error);
    if (!setup)
        return false;
    m_setup = std::make_unique<TemplateSetup>(std::move(*setup));
    if (m_setup->hasFields())
        fillFields();
    else
        fillPlacements();
    showState();
    return true;
}

void TemplateMappingDialog::showError(const QString& error)
{
    m_setup.reset();
    m_ui->fieldsTable->setRowCount(0);
    m_ui->placementsTable->setRowCount(0);
    m_ui->pages->setCurrentWidget(m_ui->fieldsPage);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    m_ui->statusLabel->setText(toneHtml(Tone::Bad, error));
}

void TemplateMappingDialog::showState()
{
    QString text;
    if (!m_setup->hasFields())
        text = tr(
            "This PDF has no form field: say where each value is written — the page, and where its first "
            "line starts, in points from the top left of the page (an A4 page is 595 × 842 points).");
    else if (m_setup->isMappingSaved())
        text = tr("%n field(s). The values are the ones saved for this form.", nullptr,
                  int(m_setup->fields().size()));
    else
        text
            = tr("%n field(s). MandatDesk proposes the values from the fields' names: check them, then save.",
                 nullptr, int(m_setup->fields().size()));
    m_ui->statusLabel->setText(text.toHtmlEscaped());
    m_ui->pages->setCurrentWidget(m_setup->hasFields() ? m_ui->fieldsPage : m_ui->placementsPage);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(true);
}

QComboBox* TemplateMappingDialog::valueCombo(const QString& fieldType, const QString& current) const
{
    auto* combo = new QComboBox;
    if (fieldType == QLatin1String("signature")) {
        combo->addItem(tr("(signed by hand)"), QString());
        combo->setEnabled(false);
        return combo;
    }
    if (fieldType == QLatin1String("button")) {
        combo->addItem(tr("(nothing)"), QString());
        combo->setEnabled(false);
        return combo;
    }
    // A check box takes a yes/no value, a text field a text.
    const bool box = fieldType == QLatin1String("checkbox") || fieldType == QLatin1String("radio");
    combo->addItem(tr("(nothing)"), QString());
    for (const QString& key : TemplateValues::keys()) {
        if (TemplateValues::isFlag(key) == box || key == current) {
            combo->addItem(TemplateValues::label(key), key);
            combo->setItemData(combo->count() - 1, key, Qt::ToolTipRole);
        }
    }
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
    return combo;
}

void TemplateMappingDialog::fillFields()
{
    const QList<FormFiller::Field>& fields = m_setup->fields();
    QTableWidget* table = m_ui->fieldsTable;
    table->clearContents();
    table->setRowCount(int(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        const FormFiller::Field& f = fields.at(row);
        table->setItem(row, FieldName,
                       item(f.name, f.tooltip.isEmpty() ? f.name : f.name + u'\n' + f.tooltip));
        table->item(row, FieldName)->setData(Qt::UserRole, f.name);
        table->setItem(row, FieldType, item(typeLabel(f.type)));
        table->setItem(row, FieldPage, item(QString::number(f.page)));
        QComboBox* combo = valueCombo(f.type, m_setup->mapping().value(f.name));
        combo->setAccessibleName(tr("Value of the field %1").arg(f.name));
        table->setCellWidget(row, FieldValue, combo);
    }
}

void TemplateMappingDialog::fillPlacements()
{
    m_ui->placementsTable->clearContents();
    m_ui->placementsTable->setRowCount(0);
    for (const TemplateMappings::Placement& p : m_setup->placements())
        addPlacementRow(p.key, p.page, p.x, p.y, p.size);
}

void TemplateMappingDialog::addPlacement()
{
    // The first value not placed yet, under the last one.
    QStringList placed;
    double y = 72;
    for (int row = 0; row < m_ui->placementsTable->rowCount(); ++row) {
        placed.append(qobject_cast<QComboBox*>(m_ui->placementsTable->cellWidget(row, PlacedValue))
                          ->currentData()
                          .toString());
        y = qMax(
            y, qobject_cast<QDoubleSpinBox*>(m_ui->placementsTable->cellWidget(row, PlacedY))->value() + 24);
    }
    QString key;
    for (const QString& k : TemplateValues::keys()) {
        if (!TemplateValues::isFlag(k) && !placed.contains(k)) {
            key = k;
            break;
        }
    }
    addPlacementRow(key, 1, 72, y, 10);
    m_ui->placementsTable->setCurrentCell(m_ui->placementsTable->rowCount() - 1, PlacedValue);
}

void TemplateMappingDialog::addPlacementRow(const QString& key, int page, double x, double y, double size)
{
    QTableWidget* table = m_ui->placementsTable;
    const int row = table->rowCount();
    table->insertRow(row);
    auto* combo = new QComboBox;
    for (const QString& k : TemplateValues::keys()) {
        if (!TemplateValues::isFlag(k) || k == key) {
            combo->addItem(TemplateValues::label(k), k);
            combo->setItemData(combo->count() - 1, k, Qt::ToolTipRole);
        }
    }
    combo->setCurrentIndex(qMax(0, combo->findData(key)));
    combo->setAccessibleName(tr("Value to place"));
    table->setCellWidget(row, PlacedValue, combo);
    auto* pageBox = new QSpinBox;
    pageBox->setRange(1, 999);
    pageBox->setValue(page);
    pageBox->setAccessibleName(tr("Page"));
    table->setCellWidget(row, PlacedPage, pageBox);
    table->setCellWidget(row, PlacedX, pointsBox(x, 2000, tr("From the left of the page")));
    table->setCellWidget(row, PlacedY, pointsBox(y, 2000, tr("From the top of the page")));
    QDoubleSpinBox* sizeBox = pointsBox(size, 99, tr("Font size"));
    sizeBox->setMinimum(4);
    table->setCellWidget(row, PlacedSize, sizeBox);
}

void TemplateMappingDialog::accept()
{
    if (!m_setup)
        return;
    QString error;
    bool saved = true;
    if (m_setup->hasFields()) {
        QTableWidget* table = m_ui->fieldsTable;
        for (int row = 0; row < table->rowCount() && saved; ++row) {
            const QString field = table->item(row, FieldName)->data(Qt::UserRole).toString();
            const auto* combo = qobject_cast<QComboBox*>(table->cellWidget(row, FieldValue));
            saved = m_setup->setFieldValue(field, combo->currentData().toString(), &error);
        }
        saved = saved && m_setup->saveMapping(m_profile.templateMappings(), &error);
    } else {
        QTableWidget* table = m_ui->placementsTable;
        QList<TemplateMappings::Placement> placements;
        for (int row = 0; row < table->rowCount(); ++row) {
            auto value = [&](int column) {
                return qobject_cast<QDoubleSpinBox*>(table->cellWidget(row, column))->value();
            };
            placements.append(
                { qobject_cast<QComboBox*>(table->cellWidget(row, PlacedValue))->currentData().toString(),
                  qobject_cast<QSpinBox*>(table->cellWidget(row, PlacedPage))->value(), value(PlacedX),
                  value(PlacedY), value(PlacedSize) });
        }
        saved = m_setup->setPlacements(placements, &error)
            && m_setup->savePlacements(m_profile.templateMappings(), &error);
    }
    if (!saved) {
        MessageBox::warning(this, tr("Operator's mandate form"),
                            tr("The form's setup was not saved.\n\n%1").arg(error));
        return;
    }
    QDialog::accept();
}

} // namespace Mandat

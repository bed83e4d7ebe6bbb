#include "CsvImportWizard.h"

#include "MessageBox.h"
#include "WindowGeometry.h"
#include "model/StatusGroup.h"
#include "store/Profile.h"
#include "ui_CsvImportWizard.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QSaveFile>

namespace Mandat {

CsvImportWizard::CsvImportWizard(Profile& profile, QWidget* parent)
    : QWizard(parent)
    , m_ui(new Ui::CsvImportWizard)
    , m_profile(profile)
{
    m_ui->setupUi(this);
    WindowGeometry::keep(this, QStringLiteral("csv-import"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    m_ui->mappingTable->setColumnCount(3);
    m_ui->mappingTable->setHorizontalHeaderLabels({ tr("Column"), tr("First value"), tr("Dossier field") });
    m_ui->previewTable->setColumnCount(4);
    m_ui->previewTable->setHorizontalHeaderLabels({ tr("Line"), tr("Status"), tr("Dossier"), tr("Reasons") });
    for (QTableWidget* t : { m_ui->mappingTable, m_ui->previewTable }) {
        t->verticalHeader()->hide();
        t->horizontalHeader()->setStretchLastSection(true);
    }
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("CSV file"), QString(),
                                                          tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_ui->fileEdit->setText(path);
    });
    connect(m_ui->savePreviewButton, &QPushButton::clicked, this, &CsvImportWizard::saveReport);
    connect(m_ui->saveReportButton, &QPushButton::clicked, this, &CsvImportWizard::saveReport);
}

CsvImportWizard::~CsvImportWizard() = default;

bool CsvImportWizard::loadFile(const QString& path)
{
    QFile file(path);
    QString error;
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(this, windowTitle(), tr("Cannot open %1: %2").arg(path, file.errorString()));
        return false;
    }
    CsvReader::Table table;
    if (!CsvReader::read(file.readAll(), &table, &error)) {
        MessageBox::warning(this, windowTitle(),
                            tr("%1 cannot be imported.\n\n%2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    m_table = table;
    m_loaded = path;
    if (!CsvImport::rememberedMapping(m_profile.database(), m_table.header, &m_proposed))
        m_proposed = CsvImport::propose(m_table.header);
    m_ui->fileEdit->setText(path);
    m_ui->fileInfo->setText(
        tr("%n row(s), %1 columns, %2, separator \"%3\".", nullptr, int(m_table.rows.size()))
            .arg(m_table.header.size())
            .arg(CsvReader::encodingName(m_table.encoding),
                 m_table.delimiter == u'\t' ? tr("tab") : QString(m_table.delimiter)));
    fillMapping();
    return true;
}

void CsvImportWizard::fillMapping()
{
    m_ui->mappingTable->setRowCount(int(m_table.header.size()));
    for (int c = 0; c < m_table.header.size(); ++c) {
        m_ui->mappingTable->setItem(c, 0, new QTableWidgetItem(m_table.header.at(c)));
        const QString sample = m_table.rows.isEmpty() ? QString() : m_table.rows.first().fields.value(c);
        m_ui->mappingTable->setItem(c, 1, new QTableWidgetItem(sample));
        auto* box = new QComboBox(m_ui->mappingTable);
        box->setAccessibleName(tr("Field for the column %1").arg(m_table.header.at(c)));
        for (CsvImport::Field f : CsvImport::fields())
            box->addItem(CsvImport::fieldLabel(f), int(f));
        box->setCurrentIndex(box->findData(int(m_proposed.value(c, CsvImport::Field::Ignore))));
        connect(box, &QComboBox::currentIndexChanged, this, &CsvImportWizard::updateMappingInfo);
        m_ui->mappingTable->setCellWidget(c, 2, box);
    }
    m_ui->mappingTable->resizeColumnsToContents();
    m_ui->mappingTable->horizontalHeader()->setStretchLastSection(true);
    updateMappingInfo();
}

CsvImport::Mapping CsvImportWizard::mapping() const
{
    CsvImport::Mapping m;
    for (int c = 0; c < m_ui->mappingTable->rowCount(); ++c) {
        auto* box = qobject_cast<QComboBox*>(m_ui->mappingTable->cellWidget(c, 2));
        m.append(box ? CsvImport::Field(box->currentData().toInt()) : CsvImport::Field::Ignore);
    }
    return m;
}

void CsvImportWizard::updateMappingInfo()
{
    const QString missing = CsvImport::missingFields(mapping());
    m_ui->mappingInfo->setText(missing.isEmpty() ? tr("Every field a dossier needs has its column.")
                                                 : missing);
}

void CsvImportWizard::fillReport(QTableWidget* table, const CsvImport::Report& report)
{
    using Status = CsvImport::RowResult::Status;
    table->setRowCount(int(report.results.size()));
    for (int i = 0; i < report.results.size(); ++i) {
        const CsvImport::RowResult& r = report.results.at(i);
        const QString status = r.status == Status::Valid ? (report.written ? tr("Imported") : tr("Valid"))
            : r.status == Status::Invalid                ? tr("Invalid")
                                                         : tr("Duplicate");
        auto* statusItem = new QTableWidgetItem(status);
        statusItem->setForeground(toneColor(r.status == Status::Valid         ? Tone::Good
                                                : r.status == Status::Invalid ? Tone::Bad
                                                                              : Tone::Warning));
        table->setItem(i, 0, new QTableWidgetItem(QString::number(r.line)));
        table->setItem(i, 1, statusItem);
        table->setItem(i, 2, new QTableWidgetItem(r.name));
        auto* reasons = new QTableWidgetItem(r.reasons.join(QStringLiteral("; ")));
        reasons->setToolTip(r.reasons.join(u'\n'));
        table->setItem(i, 3, reasons);
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
}

bool CsvImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage: {
        const QString path = m_ui->fileEdit->text().trimmed();
        if (path.isEmpty()) {
            MessageBox::warning(this, windowTitle(), tr("Choose a CSV file."));
            return false;
        }
        return path == m_loaded || loadFile(path);
    }
    case MappingPage: {
        const QString missing = CsvImport::missingFields(mapping());
        if (!missing.isEmpty()) {
            MessageBox::warning(this, windowTitle(), missing);
            return false;
        }
        return true;
    }
    case PreviewPage:
        if (m_report.count(CsvImport::RowResult::Status::Valid) == 0) {
            MessageBox::warning(this, windowTitle(), tr("No row can be imported."));
            return false;
        }
        return true;
    default:
        return true;
    }
}

void CsvImportWizard::initializePage(int id)
{
    if (id == PreviewPage) {
        QList<Dossier> valid;
        m_report = CsvImport::check(m_table, mapping(), m_profile.database(), &valid);
        m_ui->previewSummary->setText(tr("%1, of %n row(s).", nullptr, m_report.rows).arg(m_report.counts()));
        fillReport(m_ui->previewTable, m_report);
    } else if (id == ImportPage) {
        button(QWizard::BackButton)->setEnabled(false);
        button(QWizard::FinishButton)->setEnabled(false);
        m_ui->importProgress->setRange(0, int(m_table.rows.size()));
        QString error;
        const CsvImport::Mapping chosen = mapping();
        m_report = CsvImport::run(m_table, chosen, m_profile.dossiers(), m_profile.database(),
                                  Profile::currentUserName(), &error, [this](int done, int total) {
                                      m_ui->importProgress->setMaximum(total);
                                      m_ui->importProgress->setValue(done);
                                      QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
                                  });
        m_ui->importProgress->setValue(m_ui->importProgress->maximum());
        if (!error.isEmpty()) {
            m_ui->importResult->setText(tr("Nothing was imported: %1").arg(error));
        } else {
            CsvImport::rememberMapping(m_profile.database(), m_table.header, chosen);
            QString text = tr("%n dossier(s) imported.", nullptr, m_report.imported);
            if (m_report.rows > m_report.imported)
                text += u' '
                    + tr("%n row(s) left out: save the report to fix them in the spreadsheet.", nullptr,
                         m_report.rows - m_report.imported);
            m_ui->importResult->setText(text);
            emit imported(m_report.imported);
        }
        button(QWizard::FinishButton)->setEnabled(true);
    }
}

void CsvImportWizard::saveReport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the report"), QFileInfo(m_loaded).completeBaseName() + tr("-report.csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile out(path);
    const QByteArray bytes = m_report.toCsv();
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        MessageBox::warning(this, windowTitle(), tr("Cannot write %1: %2").arg(path, out.errorString()));
}

} // namespace Mandat

#pragma once

#include "bundle/CsvImport.h"

#include <QScopedPointer>
#include <QWizard>

namespace Ui {
class CsvImportWizard;
}
class QTableWidget;

namespace Mandat {

class Profile;

/*
 * Client dossiers from a spreadsheet, in four steps: the file (encoding and separator
 * found), the columns (proposed, corrected, remembered), the check of every row (nothing
 * written; the report can be saved), then the import of the valid rows in one transaction,
 * with progress. The engine is CsvImport, as in the CLI's import-csv.
 */
class CsvImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { FilePage, MappingPage, PreviewPage, ImportPage };

    explicit CsvImportWizard(Profile& profile, QWidget* parent = nullptr);
    ~CsvImportWizard() override;

    // Reads the file (also what "Next" does on the first page).
    bool loadFile(const QString& path);
    CsvImport::Mapping mapping() const;
    const CsvImport::Report& report() const { return m_report; }

    bool validateCurrentPage() override;

signals:
    void imported(int count);

protected:
    void initializePage(int id) override;

private:
    void fillMapping();
    void updateMappingInfo();
    void fillReport(QTableWidget* table, const CsvImport::Report& report);
    void saveReport();

    QScopedPointer<Ui::CsvImportWizard> m_ui;
    Profile& m_profile;
    CsvReader::Table m_table;
    CsvImport::Mapping m_proposed;
    CsvImport::Report m_report;
    QString m_loaded;
};

} // namespace Mandat

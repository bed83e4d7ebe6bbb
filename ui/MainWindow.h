#pragma once

#include "print/DossierPrinter.h"

#include <QMainWindow>
#include <QScopedPointer>
#include <QUuid>

namespace Ui {
class MainWindow;
}
class DossierListModel;
class Profile;

/*
 * The main window: the dossier list of the open profile, or, while there is none, the
 * three steps of a dossier.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Profile& profile, QWidget* parent = nullptr);
    ~MainWindow() override;

    DossierListModel* dossierModel() const { return m_model; }

    // The dossier of the current row, or a null id.
    QUuid currentDossier() const;

public slots:
    void reload();
    void previewDocuments();
    void printDossier();
    void exportPdf();

private:
    // One print job through the print dialog, with progress and cancel.
    void printSources(const QList<DossierPrinter::Source>& sources, const QString& title);

private:
    QScopedPointer<Ui::MainWindow> m_ui;
    Profile& m_profile;
    DossierListModel* m_model;
};

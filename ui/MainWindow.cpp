#include "MainWindow.h"

#include "DossierListModel.h"
#include "core/Clock.h"
#include "store/Profile.h"
#include "ui_MainWindow.h"

#include <QDir>
#include <QHeaderView>

MainWindow::MainWindow(Profile& profile, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_profile(profile)
    , m_model(new DossierListModel(this))
{
    m_ui->setupUi(this);
    m_ui->dossierView->setModel(m_model);
    m_ui->dossierView->horizontalHeader()->setStretchLastSection(true);
    m_ui->dossierView->verticalHeader()->hide();
    QFont title = m_ui->emptyTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->emptyTitle->setFont(title);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    setWindowTitle(tr("MandatDesk — %1").arg(QDir::toNativeSeparators(profile.directory())));
    reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::reload()
{
    m_model->reload(m_profile.dossiers(), Clock::instance().today());
    const bool empty = m_model->rowCount() == 0;
    m_ui->stack->setCurrentWidget(empty ? m_ui->emptyPage : m_ui->listPage);
    m_ui->statusBar->showMessage(tr("%n dossier(s)", nullptr, m_model->rowCount()));
}

#include "MainWindow.h"

#include "CsvImportWizard.h"
#include "DocumentPreview.h"
#include "DossierEditor.h"
#include "DossierFilterModel.h"
#include "DossierListModel.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "PrintJob.h"
#include "ProviderDialog.h"
#include "ReadinessWorker.h"
#include "SettingsDialog.h"
#include "StatusBadgeDelegate.h"
#include "TemplateMappingDialog.h"
#include "WindowGeometry.h"
#include "authorised/AuthorisedListExport.h"
#include "bundle/DossierArchive.h"
#include "core/Clock.h"
#include "core/Settings.h"
#include "demo/DemoData.h"
#include "model/CompanyIdentifier.h"
#include "print/DossierPrinter.h"
#include "rules/ExpiryReminder.h"
#include "store/Profile.h"
#include "sync/CredentialStore.h"
#include "sync/Outbox.h"
#include "sync/PortalSession.h"
#include "sync/Submission.h"
#include "sync/SyncScheduler.h"
#include "sync/SyncState.h"
#include "ui_MainWindow.h"

#include <QButtonGroup>
#include <QCloseEvent>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QProcess>
#include <QProgressDialog>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <algorithm>

namespace Mandat {

MainWindow::MainWindow(Profile& profile, CredentialStore* credentials, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_profile(profile)
    , m_model(new DossierListModel(profile, this))
    , m_filter(new DossierFilterModel(this))
    , m_readiness(new ReadinessWorker(profile.directory(), this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/mandatdesk.svg")));
    if (!credentials) {
        m_ownCredentials = std::make_unique<DesktopCredentialStore>();
        credentials = m_ownCredentials.get();
    }
    m_session = std::make_unique<PortalSession>(profile, *credentials);

    m_model->setToday(Clock::instance().today());
    m_model->setReadinessWorker(m_readiness);
    m_filter->setSourceModel(m_model);
    QTableView* view = m_ui->dossierView;
    view->setModel(m_filter);
    view->setItemDelegateForColumn(DossierListModel::Status, new StatusBadgeDelegate(view));
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    // Rows of one height: the header never measures 100,000 rows after a keystroke.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // The numbers take the room a wide screen gives; the other columns keep their widths.
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(DossierListModel::Numbers, QHeaderView::Stretch);
    view->horizontalHeader()->setSectionsMovable(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addActions({ m_ui->actionOpenDossier, m_ui->actionPreview, m_ui->actionSubmit, m_ui->actionPrint,
                       m_ui->actionExportPdf, m_ui->actionRenew, m_ui->actionDeleteDossier });
    fitColumns();
    view->viewport()->installEventFilter(this);
    statusBar()->installEventFilter(this);
    connect(view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        // The numbers' column stretches by itself; any other resized by hand is the user's layout.
        if (!m_fittingColumns && column != DossierListModel::Numbers)
            m_autoColumns = false;
    });
    fitSearchField();

    QFont title = m_ui->emptyTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->emptyTitle->setFont(title);
    setupFilters();
    for (QWidget* step : { m_ui->step1, m_ui->step2, m_ui->step3 })
        step->setFixedWidth(300);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionNewDossier, &QAction::triggered, this, &MainWindow::newDossier);
    connect(m_ui->newDossierButton, &QPushButton::clicked, this, &MainWindow::newDossier);
    connect(m_ui->actionOpenDossier, &QAction::triggered, this, [this] { openDossier(currentDossier()); });
    connect(view, &QTableView::activated, this,
            [this](const QModelIndex& index) { openDossier(index.data(DossierListModel::IdRole).toUuid()); });
    connect(m_ui->actionPreview, &QAction::triggered, this, &MainWindow::previewDocuments);
    connect(m_ui->actionPrint, &QAction::triggered, this, &MainWindow::printSelected);
    connect(m_ui->actionExportPdf, &QAction::triggered, this, &MainWindow::exportSelected);
    connect(m_ui->actionSubmit, &QAction::triggered, this, &MainWindow::submitSelected);
    connect(m_ui->actionDeleteDossier, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(m_ui->actionRenew, &QAction::triggered, this, [this] {
        if (DossierEditor* e = openDossier(currentDossier()))
            e->renew();
    });
    connect(m_ui->actionSync, &QAction::triggered, this, &MainWindow::syncNow);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->actionProvider, &QAction::triggered, this, &MainWindow::editProvider);
    connect(m_ui->providerButton, &QPushButton::clicked, this, &MainWindow::editProvider);
    connect(m_ui->actionDemo, &QAction::triggered, this, &MainWindow::loadDemo);
    connect(m_ui->actionTemplateForms, &QAction::triggered, this, &MainWindow::openTemplateForms);
    connect(m_ui->actionImportCsv, &QAction::triggered, this, &MainWindow::importCsv);
    connect(m_ui->actionExportArchive, &QAction::triggered, this, &MainWindow::exportArchive);
    connect(m_ui->actionExportAuthorised, &QAction::triggered, this, &MainWindow::exportAuthorisedNumbers);
    connect(m_ui->actionImportArchive, &QAction::triggered, this, [this] { importArchive(); });
    connect(m_ui->demoButton, &QPushButton::clicked, this, &MainWindow::loadDemo);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus();
        m_ui->searchEdit->selectAll();
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        MessageBox::information(
            this, tr("About MandatDesk"),
            tr("MandatDesk %1\nPrepares, checks and tracks third-party caller-ID mandates.")
                .arg(QStringLiteral(MANDATDESK_VERSION)));
    });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_filter, &DossierFilterModel::setSearch);
    connect(m_filter, &DossierFilterModel::countsChanged, this, &MainWindow::updateCounts);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_model, &DossierListModel::groupsChanged, this, &MainWindow::showPage);
    // A large book opens on its first screen; the rest of the list comes from a thread.
    connect(m_model, &DossierListModel::loaded, this, [this] {
        updateCounts();
        if (std::exchange(m_remindWhenLoaded, false))
            checkReminders();
    });
    connect(m_model, &DossierListModel::loadFailed, this, [this](const QString& error) {
        MessageBox::warning(this, tr("MandatDesk"), tr("The dossiers could not be read.\n\n%1").arg(error));
    });

    setWindowTitle(profile.isDemo()
                       ? tr("MandatDesk — demo — %1").arg(QDir::toNativeSeparators(profile.directory()))
                       : tr("MandatDesk — %1").arg(QDir::toNativeSeparators(profile.directory())));
    Settings& settings = Settings::instance();
    if (settings.mainWindowGeometry().isEmpty() || !restoreGeometry(settings.mainWindowGeometry()))
        WindowGeometry::fitToScreen(this); // the form's 1280×760 on a 1366×768 screen: its frame must fit
    if (!settings.mainWindowState().isEmpty())
        restoreState(settings.mainWindowState());
    if (!settings.dossierListState().isEmpty()) {
        view->horizontalHeader()->restoreState(settings.dossierListState());
        m_autoColumns = false;
    }

    reload();
    setupTray();
    // The session token may come from the system keychain (a D-Bus round trip): after the
    // window is up, not before.
    QTimer::singleShot(0, this, &MainWindow::connectPortal);
    // Reminders once the window is up, then every few hours for a window left open all day.
    QTimer::singleShot(1500, this, &MainWindow::checkReminders);
    auto* reminderTimer = new QTimer(this);
    reminderTimer->setInterval(4 * 3600 * 1000);
    connect(reminderTimer, &QTimer::timeout, this, [this] {
        m_model->setToday(Clock::instance().today());
        checkReminders();
    });
    reminderTimer->start();
}

MainWindow::~MainWindow() = default;

void MainWindow::fitColumns()
{
    // The columns of short values take the width of their header (sort arrow included) and of
    // their widest value in the user's language: none is cut ("Valide jusqu'au", "En attente
    // d'envoi"). The name and the client keep their usual widths when the list has the room,
    // and give up what the numbers need otherwise: the list never scrolls sideways.
    QTableView* view = m_ui->dossierView;
    QHeaderView* header = view->horizontalHeader();
    const QFontMetrics fm(view->font());
    const int cellMargin
        = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1) + 6;
    m_fittingColumns = true;
    int taken = 0;
    for (DossierListModel::Column c :
         { DossierListModel::Siren, DossierListModel::Status, DossierListModel::Readiness,
           DossierListModel::StaleOn, DossierListModel::ValidUntil, DossierListModel::Sync,
           DossierListModel::ChangedBy }) {
        int width = header->sectionSizeHint(c);
        for (const QString& text : DossierListModel::shortTexts(c))
            width = qMax(width,
                         fm.horizontalAdvance(text) + cellMargin
                             + (c == DossierListModel::Status ? StatusBadgeDelegate::kBadgeSpace : 0));
        view->setColumnWidth(c, width);
        taken += width;
    }
    const int usualName = 260;
    const int usualClient = 200;
    const int least = fm.horizontalAdvance(u'x') * 14;
    const int numbers = fm.horizontalAdvance(QStringLiteral("00 00 00 00 00, 0…")) + cellMargin;
    const int room = view->viewport()->width() - taken - numbers;
    int name = usualName;
    int client = usualClient;
    if (room < usualName + usualClient) {
        name = qMax(least, room * usualName / (usualName + usualClient));
        client = qMax(least, room - name);
    }
    view->setColumnWidth(DossierListModel::Name, name);
    view->setColumnWidth(DossierListModel::Client, client);
    m_fittingColumns = false;
}

void MainWindow::fitSearchField()
{
    QLineEdit* search = m_ui->searchEdit;
    int clearButton = 0;
    for (const QToolButton* b : search->findChildren<QToolButton*>())
        clearButton = qMax(clearButton, b->sizeHint().width());
    const int frame = search->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, search);
    const QMargins margins = search->textMargins();
    // QLineEdit keeps 2 pixels either side of its text.
    const int needed = search->fontMetrics().horizontalAdvance(search->placeholderText()) + 2 * frame
        + margins.left() + margins.right() + 4 + clearButton + 8;
    search->setMinimumWidth(qMax(search->minimumWidth(), needed));
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->dossierView->viewport() && event->type() == QEvent::Resize && m_autoColumns
        && !m_fittingColumns)
        fitColumns();
    // A message elided for the bar's old width is elided again for its new one.
    if (watched == statusBar() && event->type() == QEvent::Resize && !m_statusLine.isEmpty()
        && !statusBar()->currentMessage().isEmpty())
        showStatus(m_statusLine,
                   m_statusUntil.isForever() ? 0 : int(qMax<qint64>(1, m_statusUntil.remainingTime())));
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setupFilters()
{
    auto* group = new QButtonGroup(this);
    group->setExclusive(true);
    m_filterButtons
        = { m_ui->filterAll,   m_ui->filterNotSubmitted, m_ui->filterInProgress, m_ui->filterRejected,
            m_ui->filterValid, m_ui->filterExpiringSoon, m_ui->filterExpired };
    for (int i = 0; i < m_filterButtons.size(); ++i) {
        group->addButton(m_filterButtons.at(i), i - 1);
        if (i > 0) {
            const QColor c = StatusGroup::color(StatusGroup::Group(i - 1));
            m_filterButtons.at(i)->setStyleSheet(
                QStringLiteral("QToolButton:checked { background: %1; color: white; border-radius: 4px; }")
                    .arg(c.name()));
        }
    }
    m_ui->filterAll->setChecked(true);
    connect(group, &QButtonGroup::idClicked, m_filter, &DossierFilterModel::setGroup);
    connect(group, &QButtonGroup::idClicked, this, [this] { updateCounts(); });
}

void MainWindow::updateCounts()
{
    const auto counts = m_filter->counts();
    m_ui->filterAll->setText(tr("All (%1)").arg(m_filter->totalMatching()));
    m_ui->filterAll->setAccessibleName(m_ui->filterAll->text());
    for (int g = 0; g < StatusGroup::Count; ++g) {
        QToolButton* b = m_filterButtons.at(g + 1);
        b->setText(QStringLiteral("%1 (%2)")
                       .arg(StatusGroup::label(StatusGroup::Group(g)))
                       .arg(counts.at(size_t(g))));
        b->setAccessibleName(b->text());
    }
    if (m_model->isLoading())
        showStatus(
            tr("Reading the dossiers: %1 of %2…")
                .arg(QLocale().toString(m_model->rowCount()), QLocale().toString(m_model->expectedRows())));
    else if (m_model->rowCount() == 0)
        statusBar()->clearMessage();
    else
        showStatus(tr("%n dossier(s) shown", nullptr, m_filter->rowCount()) + QStringLiteral(" / ")
                   + tr("%n dossier(s)", nullptr, m_model->rowCount()));
}

void MainWindow::showPage()
{
    const bool empty = m_model->rowCount() == 0;
    m_ui->stack->setCurrentWidget(empty ? m_ui->emptyPage : m_ui->listPage);
    if (empty)
        showSteps();
    updateActions();
}

void MainWindow::showSteps()
{
    QString error;
    const std::optional<Company> provider = m_profile.dossiers().provider(&error);
    const bool done = provider && !provider->legalName.isEmpty();
    m_ui->step1->setTitle(done ? tr("1. Your company ✔") : tr("1. Your company"));
    m_ui->step1Text->setText(
        done ? tr("%1, SIREN %2: on every mandate.")
                   .arg(provider->legalName, CompanyIdentifier::formatSiren(provider->siren))
             : tr("Your identity as the provider, once: it goes on every mandate."));
    m_ui->providerButton->setText(done ? tr("Edit your company…") : tr("Enter your company…"));
    m_ui->providerButton->setAccessibleName(done ? tr("Edit your company") : tr("Enter your company"));
}

void MainWindow::updateActions()
{
    const int selected = int(selectedDossiers().size());
    for (QAction* a : { m_ui->actionOpenDossier, m_ui->actionPreview, m_ui->actionRenew })
        a->setEnabled(selected == 1);
    for (QAction* a :
         { m_ui->actionSubmit, m_ui->actionPrint, m_ui->actionExportPdf, m_ui->actionDeleteDossier })
        a->setEnabled(selected >= 1);
}

void MainWindow::reload()
{
    QString error;
    if (!m_model->reload(&error))
        MessageBox::warning(this, tr("MandatDesk"), tr("The dossiers could not be read.\n\n%1").arg(error));
    showPage();
    updateCounts();
}

QUuid MainWindow::currentDossier() const
{
    const QModelIndex index = m_ui->dossierView->currentIndex();
    if (index.isValid() && m_ui->dossierView->selectionModel()->isRowSelected(index.row(), {}))
        return index.data(DossierListModel::IdRole).toUuid();
    const QList<QUuid> selected = selectedDossiers();
    return selected.size() == 1 ? selected.first() : QUuid();
}

QList<QUuid> MainWindow::selectedDossiers() const
{
    QList<QUuid> ids;
    QModelIndexList rows = m_ui->dossierView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& i : rows)
        ids.append(i.data(DossierListModel::IdRole).toUuid());
    return ids;
}

DossierEditor* MainWindow::editor(const QUuid& id) const
{
    return m_editors.value(id).data();
}

DossierEditor* MainWindow::openDossier(const QUuid& id)
{
    if (id.isNull())
        return nullptr;
    if (DossierEditor* open = editor(id)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    return showEditor(id);
}

DossierEditor* MainWindow::newDossier()
{
    return showEditor(QUuid());
}

DossierEditor* MainWindow::showEditor(const QUuid& id)
{
    auto* e = new DossierEditor(m_profile, *m_readiness, id, this);
    e->setAttribute(Qt::WA_DeleteOnClose);
    if (!id.isNull())
        m_editors.insert(id, e);
    connect(e, &DossierEditor::dossierChanged, this, [this, e](const QUuid& changed) {
        // A new dossier gets its id when first saved.
        if (changed == e->dossierId())
            m_editors.insert(changed, e);
        m_model->refresh(changed);
    });
    connect(e, &DossierEditor::submissionQueued, this,
            [this] { syncAfter(tr("%n dossier(s) queued for the operator.", nullptr, 1)); });
    connect(e, &DossierEditor::retryRequested, this, &MainWindow::syncNow);
    connect(e, &DossierEditor::syncRequested, this, &MainWindow::syncNow);
    connect(e, &DossierEditor::renewed, this, [this](const QUuid& newId) {
        if (DossierEditor* renewal = openDossier(newId))
            renewal->editName(); // named after its period, the name is offered for editing
    });
    e->show();
    return e;
}

void MainWindow::previewDocuments()
{
    const QUuid id = currentDossier();
    if (id.isNull())
        return;
    DocumentPreview preview(m_profile, id, this);
    connect(&preview, &DocumentPreview::printRequested, this,
            [this](const QString& name, const QByteArray& pdf) {
                PrintJob::print(this, { { name, pdf } }, tr("Print %1").arg(name));
            });
    if (preview.documentCount() == 0) {
        MessageBox::information(this, tr("Preview"), tr("This dossier has no document yet."));
        return;
    }
    preview.exec();
}

// Why a dossier cannot go, as the user reads it: its blocking problems, not only their count.
QString MainWindow::refusalReasons(const Submission::Result& result)
{
    if (result.outcome != Submission::Outcome::NotReady)
        return result.message;
    const QList<Problem> blocking = result.blockingProblems();
    QStringList shown;
    for (qsizetype i = 0; i < blocking.size() && i < 3; ++i)
        shown.append(blocking.at(i).message);
    if (blocking.size() > 3)
        shown.append(tr("and %n more", nullptr, int(blocking.size() - 3)));
    return shown.isEmpty() ? result.message : shown.join(QStringLiteral("; "));
}

void MainWindow::submitSelected()
{
    const QList<QUuid> ids = selectedDossiers();
    if (ids.isEmpty())
        return;
    QList<QUuid> toQueue = ids;
    QStringList refused;
    if (ids.size() > 1) {
        // Several dossiers: say which will go and which will not, and why, before anything goes.
        QProgressDialog progress(tr("Checking the dossiers…"), tr("Cancel"), 0, int(ids.size()), this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(400);
        toQueue.clear();
        QStringList ready;
        for (int i = 0; i < ids.size(); ++i) {
            if (progress.wasCanceled())
                return;
            progress.setValue(i);
            const Submission::Result result = Submission::check(m_profile, ids.at(i));
            if (result.outcome == Submission::Outcome::Ready) {
                toQueue.append(ids.at(i));
                ready.append(result.dossierName);
            } else {
                refused.append(result.dossierName.isEmpty()
                                   ? result.message
                                   : tr("%1: %2").arg(result.dossierName, refusalReasons(result)));
            }
        }
        progress.setValue(int(ids.size()));
        const QString notSent = refused.isEmpty()
            ? QString()
            : u'\n' + tr("Will not be sent:") + QStringLiteral("\n• ") + refused.join(QStringLiteral("\n• "));
        if (ready.isEmpty()) {
            MessageBox::information(
                this, tr("Submit to the operator"),
                tr("None of the %n selected dossier(s) can be sent.", nullptr, int(ids.size())) + u'\n'
                    + notSent);
            return;
        }
        const QString question = tr("Send %n dossier(s) to the operator?", nullptr, int(ready.size())) + u'\n'
            + u'\n' + tr("Will be sent:") + QStringLiteral("\n• ") + ready.join(QStringLiteral("\n• "))
            + u'\n' + notSent;
        if (MessageBox::question(this, tr("Submit to the operator"), question,
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            != QMessageBox::Yes)
            return;
        refused.clear();
    }
    QStringList queued;
    for (const QUuid& id : std::as_const(toQueue)) {
        const Submission::Result result = Submission::queue(m_profile, id);
        if (result.queued()) {
            queued.append(result.dossierName);
            m_model->refresh(id);
            if (DossierEditor* e = editor(id))
                e->reloadFromStore();
        } else if (result.dossierName.isEmpty()) {
            refused.append(result.message); // gone, or unreadable
        } else {
            refused.append(tr("%1: %2").arg(result.dossierName, refusalReasons(result)));
        }
    }
    QString text = tr("%n dossier(s) queued for the operator.", nullptr, int(queued.size()));
    if (!refused.isEmpty())
        text += u'\n' + tr("Not submitted:") + QStringLiteral("\n• ") + refused.join(QStringLiteral("\n• "));
    if (!refused.isEmpty())
        MessageBox::information(this, tr("Submit to the operator"), text);
    if (!queued.isEmpty())
        syncAfter(tr("%n dossier(s) queued for the operator.", nullptr, int(queued.size())));
    else if (refused.isEmpty())
        showStatus(text, 5000);
}

void MainWindow::printSelected()
{
    QList<DossierPrinter::Source> sources;
    QString error;
    for (const QUuid& id : selectedDossiers())
        sources += DossierPrinter::dossierSources(m_profile.dossiers(), m_profile.blobs(), id, &error);
    if (sources.isEmpty()) {
        MessageBox::information(this, tr("Print"),
                                error.isEmpty() ? tr("The selected dossiers have no document to print.")
                                                : error);
        return;
    }
    const int pages = PrintJob::print(this, sources, tr("Print the dossiers"));
    if (pages > 0)
        showStatus(tr("%n page(s) sent to the printer.", nullptr, pages), 5000);
}

void MainWindow::exportSelected()
{
    QList<DossierPrinter::Source> sources;
    QString error;
    for (const QUuid& id : selectedDossiers())
        sources += DossierPrinter::dossierSources(m_profile.dossiers(), m_profile.blobs(), id, &error);
    if (sources.isEmpty()) {
        MessageBox::information(this, tr("Export"), tr("The selected dossiers have no document to export."));
        return;
    }
    const QString path = PrintJob::exportPdf(this, sources, tr("dossiers.pdf"));
    if (!path.isEmpty())
        showStatus(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::deleteSelected()
{
    const QList<QUuid> ids = selectedDossiers();
    if (ids.isEmpty())
        return;
    const SyncState sync(m_profile.database());
    const auto shared
        = std::count_if(ids.begin(), ids.end(), [&](const QUuid& id) { return sync.base(id).version > 0; });
    QString question = tr("Delete %n dossier(s) with their documents and history? This cannot be undone.",
                          nullptr, int(ids.size()));
    if (shared > 0)
        question += u' '
            + tr("%n of them are shared with the team: they stay on the portal and on the other seats, and "
                 "this computer no longer receives them.",
                 nullptr, int(shared));
    if (MessageBox::question(this, tr("Delete"), question) != QMessageBox::Yes)
        return;
    for (const QUuid& id : ids) {
        if (DossierEditor* e = editor(id))
            e->close();
        QString error;
        if (!m_profile.dossiers().deleteDossier(id, &error))
            MessageBox::warning(this, tr("Delete"), error);
        m_model->refresh(id);
    }
}

bool MainWindow::editProvider()
{
    ProviderDialog dialog(m_profile.dossiers(), this);
    const bool saved = dialog.exec() == QDialog::Accepted;
    if (saved)
        showSteps();
    return saved;
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_profile, *m_session, this);
    connect(&dialog, &SettingsDialog::loggedIn, this, &MainWindow::connectPortal);
    if (dialog.exec() == QDialog::Accepted) {
        connectPortal();
        checkReminders();
    }
}

TemplateMappingDialog* MainWindow::openTemplateForms()
{
    auto* dialog = new TemplateMappingDialog(m_profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { showStatus(tr("The form's setup is saved: mandates filled on it use it."), 8000); });
    dialog->open();
    return dialog;
}

namespace {
bool startDetached(const QString& program, const QStringList& arguments)
{
    return QProcess::startDetached(program, arguments);
}

MainWindow::Launcher& launcher()
{
    static MainWindow::Launcher launch = startDetached;
    return launch;
}
} // namespace

void MainWindow::setLauncher(Launcher launch)
{
    launcher() = launch ? std::move(launch) : Launcher(startDetached);
}

void MainWindow::loadDemo()
{
    if (!m_profile.isDemo()) {
        // The user's profile gets no fictitious dossier: the demo opens in its own window, on
        // its own profile.
        const QStringList arguments { QStringLiteral("--profile"), Profile::demoDirectory(),
                                      QStringLiteral("--demo") };
        if (!launcher()(QCoreApplication::applicationFilePath(), arguments)) {
            MessageBox::warning(this, tr("Demo dossiers"), tr("The demo could not be started."));
            return;
        }
        showStatus(tr("The demo opens in a window of its own, on a profile of its own (%1): your "
                      "dossiers are not touched.")
                       .arg(QDir::toNativeSeparators(Profile::demoDirectory())),
                   10000);
        return;
    }
    QProgressDialog progress(tr("Creating demo dossiers…"), QString(), 0, DemoData::defaultCount, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    QString error;
    const bool ok
        = DemoData::populate(m_profile, DemoData::defaultCount, &error, [&progress](int done, int total) {
              progress.setMaximum(total);
              progress.setValue(done);
          });
    if (!ok)
        MessageBox::warning(this, tr("Demo dossiers"), error);
    reload();
}

CsvImportWizard* MainWindow::createCsvImportWizard()
{
    auto* wizard = new CsvImportWizard(m_profile, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CsvImportWizard::imported, this, [this](int count) {
        if (count > 0)
            reload();
    });
    return wizard;
}

void MainWindow::importCsv()
{
    createCsvImportWizard()->open();
}

void MainWindow::exportArchive()
{
    QList<QUuid> ids = selectedDossiers();
    if (ids.isEmpty()) {
        for (int r = 0; r < m_filter->rowCount(); ++r)
            ids.append(m_filter->index(r, 0).data(DossierListModel::IdRole).toUuid());
    }
    if (ids.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export %n dossier(s) as an archive", nullptr, int(ids.size())),
        tr("dossiers-%1.zip").arg(Clock::instance().today().toString(Qt::ISODate)), tr("Archives (*.zip)"));
    if (path.isEmpty())
        return;
    QProgressDialog progress(tr("Exporting the dossiers…"), QString(), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    DossierArchive::ExportSummary summary;
    QString error;
    if (!DossierArchive::exportTo(m_profile, ids, path, &summary, &error, [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
        })) {
        MessageBox::warning(this, tr("Export"), tr("The archive could not be written.\n\n%1").arg(error));
        return;
    }
    showStatus(
        tr("%n dossier(s) exported to %1.", nullptr, summary.dossiers).arg(QDir::toNativeSeparators(path)),
        8000);
}

void MainWindow::exportAuthorisedNumbers()
{
    const QDate today = Clock::instance().today();
    const QString csvFilter = tr("CSV, for a spreadsheet (*.csv)");
    const QString pdfFilter = tr("PDF, to send or print (*.pdf)");
    QString filter = pdfFilter;
    QString path
        = FileDialog::getSaveFileName(this, tr("Export the list of authorised numbers"),
                                      tr("numeros-autorises-%1.pdf").arg(today.toString(Qt::ISODate)),
                                      pdfFilter + QStringLiteral(";;") + csvFilter, &filter);
    if (path.isEmpty())
        return;
    using Format = AuthorisedListExport::Format;
    // The name's extension wins over the filter: a "list.csv" is CSV whatever filter was left chosen.
    const Format format
        = AuthorisedListExport::formatOf(path, filter == csvFilter ? Format::Csv : Format::Pdf);
    if (QFileInfo(path).suffix().isEmpty())
        path += format == Format::Csv ? QStringLiteral(".csv") : QStringLiteral(".pdf");
    AuthorisedListExport::Result result;
    QString error;
    if (!AuthorisedListExport::exportTo(m_profile, today, format, path, &result, &error)) {
        MessageBox::warning(this, tr("Export"), tr("The list could not be exported.\n\n%1").arg(error));
        return;
    }
    using Kind = AuthorisedChanges::Kind;
    QString text = tr("%n authorised number(s)", nullptr, result.numbers) + u' '
        + tr("of %n client(s) exported to %1.", nullptr, result.clients).arg(QDir::toNativeSeparators(path));
    text += u'\n';
    if (result.changes.hasReference)
        text += tr("Since the list for %1: %2 added, %3 expired, %4 revoked.")
                    .arg(QLocale().toString(result.changes.referenceOn, QLocale::ShortFormat))
                    .arg(result.changes.ofKind(Kind::Added).size())
                    .arg(result.changes.ofKind(Kind::Expired).size())
                    .arg(result.changes.ofKind(Kind::Revoked).size());
    else
        text += tr("First list exported: the next one will show what changed since this one.");
    const QList<AuthorisedChanges::Change> left
        = result.changes.ofKind(Kind::Expired) + result.changes.ofKind(Kind::Revoked);
    if (!left.isEmpty()) {
        QStringList lines;
        for (const AuthorisedChanges::Change& c : left)
            lines.append(tr("%1 (%2): %3").arg(c.national, c.clientName, AuthorisedChanges::reasonLabel(c)));
        text += u'\n' + tr("To have blocked by the operator:") + QStringLiteral("\n• ")
            + lines.mid(0, 10).join(QStringLiteral("\n• "));
        if (lines.size() > 10)
            text += u'\n' + tr("… and %n more (in the file).", nullptr, int(lines.size() - 10));
    }
    MessageBox::information(this, tr("List of authorised numbers"), text);
}

void MainWindow::importArchive(const QString& given)
{
    const QString path = given.isEmpty()
        ? QFileDialog::getOpenFileName(this, tr("Import an archive"), QString(), tr("Archives (*.zip)"))
        : given;
    if (path.isEmpty())
        return;
    auto run = [&](bool replace, DossierArchive::ImportSummary* summary) {
        QProgressDialog progress(tr("Checking and importing the archive…"), QString(), 0, 0, this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(0);
        progress.show();
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        QString error;
        if (!DossierArchive::importFrom(m_profile, path, replace, summary, &error)) {
            MessageBox::warning(this, tr("Import"), error);
            return false;
        }
        return true;
    };
    using Outcome = DossierArchive::ImportedDossier::Outcome;
    DossierArchive::ImportSummary summary;
    if (!run(false, &summary))
        return;
    const int skipped = summary.count(Outcome::Skipped);
    int replaced = 0;
    if (skipped > 0
        && MessageBox::question(
               this, tr("Import"),
               tr("%n dossier(s) of the archive are already here and were left unchanged. Replace "
                  "them with the archive's version?",
                  nullptr, skipped))
            == QMessageBox::Yes) {
        DossierArchive::ImportSummary again;
        if (run(true, &again))
            replaced = again.count(Outcome::Replaced);
    }
    reload();
    QString text = tr("%n dossier(s) imported.", nullptr, summary.count(Outcome::Imported));
    if (replaced)
        text += u' ' + tr("%n replaced.", nullptr, replaced);
    if (!summary.notes.isEmpty())
        text += u'\n' + summary.notes.join(u'\n');
    MessageBox::information(this, tr("Import"), text);
}

void MainWindow::connectPortal()
{
    // The running sync uses the engine and the client: they are replaced once it is over.
    if (m_scheduler && m_scheduler->isSyncing()) {
        m_reconnect = true;
        return;
    }
    if (m_scheduler)
        m_scheduler->stop();
    m_client = m_session->client();
    if (!m_client) {
        m_engine.reset();
        return;
    }
    m_client->setTimeoutMs(30000);
    m_engine = std::make_unique<SyncEngine>(m_profile, *m_client);
    // What comes from the portal (a whole book, for a new seat) says what it is receiving.
    m_engine->setProgress([this](const QString& what) { showSyncMessage(what, 0); });
    delete m_scheduler;
    m_scheduler = new SyncScheduler(*m_engine, this);
    connect(m_scheduler, &SyncScheduler::synced, this, &MainWindow::synced);
    connect(m_scheduler, &SyncScheduler::aboutToSync, this, [this] {
        QList<QUuid> sending;
        for (const Outbox::Item& item :
             Outbox(m_profile.database()).due(Clock::instance().currentDateTimeUtc()))
            sending.append(item.dossierId);
        m_model->setSending(sending);
        for (const QUuid& id : std::as_const(sending))
            if (DossierEditor* e = editor(id))
                e->setSending(true);
    });
    m_scheduler->start(Settings::instance().syncIntervalMinutes() * 60 * 1000);
}

void MainWindow::syncNow()
{
    syncAfter(QString());
}

void MainWindow::syncAfter(const QString& done)
{
    // What was just done stays in front of what the sync says, until the sync is over.
    m_syncPrefix = done;
    if (!m_scheduler)
        connectPortal();
    if (!m_scheduler) {
        showSyncMessage(tr("Not logged in to the portal: the dossiers wait in the outbox (Settings, "
                           "Operator portal)."),
                        8000);
        m_syncPrefix.clear();
        return;
    }
    showSyncMessage(tr("Syncing with the portal…"), 0);
    m_scheduler->syncNow();
}

void MainWindow::showSyncMessage(const QString& message, int timeout)
{
    showStatus(m_syncPrefix.isEmpty() ? message : m_syncPrefix + u' ' + message, timeout);
}

void MainWindow::synced(const SyncEngine::Report& report)
{
    m_model->setSending({});
    for (DossierEditor* e : findChildren<DossierEditor*>())
        e->setSending(false);
    if (m_reconnect) {
        m_reconnect = false;
        QTimer::singleShot(0, this, &MainWindow::connectPortal);
    }
    for (const QUuid& id : report.changed) {
        m_model->refresh(id);
        if (DossierEditor* e = editor(id))
            e->reloadFromStore();
    }
    QStringList parts;
    if (!report.sent.isEmpty())
        parts.append(tr("%n sent", nullptr, int(report.sent.size())));
    if (!report.received.isEmpty())
        parts.append(tr("%n update(s) from the portal", nullptr, int(report.received.size())));
    if (!report.waiting.isEmpty())
        parts.append(tr("%n waiting", nullptr, int(report.waiting.size())));
    if (!report.failed.isEmpty())
        parts.append(tr("%n refused", nullptr, int(report.failed.size())));
    if (!report.conflicts.isEmpty())
        parts.append(tr("%n changed by another seat too", nullptr, int(report.conflicts.size())));
    QString message = parts.isEmpty() ? tr("Synced: nothing new.")
                                      : tr("Synced: %1.").arg(parts.join(QStringLiteral(", ")));
    if (!report.pacing.isEmpty())
        message += u' ' + report.pacing;
    showSyncMessage(message, 8000);
    m_syncPrefix.clear();
    if (!report.received.isEmpty())
        notify(tr("News from the portal"), report.received.join(u'\n'));
    if (!report.failed.isEmpty())
        notify(tr("Refused by the portal"), report.failed.join(u'\n'));
    if (!report.conflicts.isEmpty())
        notify(tr("Changed by another seat too: choose what to keep"), report.conflicts.join(u'\n'));
}

void MainWindow::checkReminders()
{
    if (m_model->isLoading()) {
        m_remindWhenLoaded = true;
        return;
    }
    // Only a valid mandate expires, and only another valid one covers its numbers.
    const QDate today = Clock::instance().today();
    QList<DossierSummary> all;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->effectiveStatus(r, today) == DossierStatus::Valid)
            all.append(m_model->summary(r));
    const QList<ExpiryReminder::Due> due
        = ExpiryReminder::due(all, today, Settings::instance().reminderDays());
    if (due.isEmpty())
        return;
    const QString message = ExpiryReminder::message(due);
    showStatus(message, 15000);
    if (Settings::instance().lastReminderDay() == today)
        return;
    Settings::instance().setLastReminderDay(today);
    notify(tr("Mandates ending soon"), message);
}

void MainWindow::showStatus(const QString& message, int timeout)
{
    // One line: what does not fit ends with "…", and the whole message is the bar's tooltip.
    QStatusBar* bar = statusBar();
    const int room = bar->width() - 2 * bar->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing) - 16;
    const QString line = QString(message).replace(u'\n', u' ');
    m_statusLine = line;
    m_statusUntil = timeout > 0 ? QDeadlineTimer(timeout) : QDeadlineTimer(QDeadlineTimer::Forever);
    bar->setToolTip(line);
    bar->showMessage(bar->fontMetrics().elidedText(line, Qt::ElideRight, qMax(room, 100)), timeout);
}

void MainWindow::notify(const QString& title, const QString& message)
{
    m_lastNotification = title + u'\n' + message;
    if (m_tray && Settings::instance().notificationsEnabled())
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, 10000);
}

void MainWindow::setupTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(windowIcon(), this);
    m_tray->setToolTip(tr("MandatDesk"));
    auto* menu = new QMenu(this);
    menu->addAction(tr("Show MandatDesk"), this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    menu->addAction(m_ui->actionSync);
    menu->addSeparator();
    menu->addAction(m_ui->actionQuit);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger) {
            showNormal();
            raise();
            activateWindow();
        }
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        showNormal();
        raise();
    });
    m_tray->show();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    for (DossierEditor* e : findChildren<DossierEditor*>()) {
        if (e->isVisible() && !e->close()) {
            event->ignore();
            return;
        }
    }
    Settings& settings = Settings::instance();
    settings.setMainWindowGeometry(saveGeometry());
    settings.setMainWindowState(saveState());
    settings.setDossierListState(m_ui->dossierView->horizontalHeader()->saveState());
    settings.sync();
    if (m_scheduler)
        m_scheduler->stop();
    event->accept();
}

} // namespace Mandat

#include "DossierEditor.h"

#include "ConflictDialog.h"
#include "MessageBox.h"
#include "MnemonicGuard.h"
#include "ReadinessWorker.h"
#include "WindowGeometry.h"
#include "core/Clock.h"
#include "dossier/DossierDocumentsPage.h"
#include "dossier/DossierInfoPage.h"
#include "dossier/DossierTrackingPage.h"
#include "model/StatusGroup.h"
#include "store/Profile.h"
#include "sync/Submission.h"
#include "ui_DossierEditor.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QStyle>

namespace Mandat {

DossierEditor::DossierEditor(Profile& profile, ReadinessWorker& readiness, const QUuid& id, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::DossierEditor)
    , m_profile(profile)
    , m_info(new DossierInfoPage(this))
    , m_documentsPage(new DossierDocumentsPage(profile, this))
    , m_tracking(new DossierTrackingPage(profile, this))
    , m_readiness(readiness)
{
    m_ui->setupUi(this);
    WindowGeometry::keep(this, QStringLiteral("dossier-editor"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    m_ui->submitButton->setIcon(QIcon(QStringLiteral(":/icons/submit.svg")));
    m_ui->bottomLayout->setStretch(0, 1);

    m_info->setObjectName(QStringLiteral("infoTab"));
    m_documentsPage->setObjectName(QStringLiteral("documentsTab"));
    m_tracking->setObjectName(QStringLiteral("trackingTab"));
    m_ui->tabs->addTab(m_info, tr("Mandate information"));
    m_ui->tabs->addTab(m_documentsPage, tr("Documents"));
    m_ui->tabs->addTab(m_tracking, tr("Tracking"));

    const auto ensureSaved = [this] { return this->ensureSaved(); };
    m_documentsPage->setEnsureSaved(ensureSaved);
    m_tracking->setEnsureSaved(ensureSaved);

    connect(m_info, &DossierInfoPage::edited, this, [this] { setModified(); });
    connect(m_documentsPage, &DossierDocumentsPage::documentsChanged, this, &DossierEditor::documentsChanged);
    connect(m_documentsPage, &DossierDocumentsPage::readingStarted, this,
            [this] { m_ui->tabs->setCurrentWidget(m_documentsPage); });
    connect(m_documentsPage, &DossierDocumentsPage::mandateGenerated, this, [this](const QString& from) {
        m_ui->tabs->setCurrentWidget(m_documentsPage);
        m_notice
            = tr("Mandate filled from %1: print it, have it signed and stamped, then add the signed copy.")
                  .arg(from);
        showReadiness();
    });
    connect(m_tracking, &DossierTrackingPage::retryRequested, this,
            [this] { emit retryRequested(m_dossier.id); });
    connect(m_tracking, &DossierTrackingPage::decisionRecorded, this, [this] {
        reloadFromStore();
        emit dossierChanged(m_dossier.id);
    });
    connect(m_tracking, &DossierTrackingPage::renewed, this, [this](const QUuid& newId) {
        emit dossierChanged(newId);
        emit renewed(newId);
    });
    connect(&m_readiness, &ReadinessWorker::reportReady, this, &DossierEditor::reportReady);

    connect(m_ui->submitButton, &QPushButton::clicked, this, &DossierEditor::submit);
    connect(m_ui->resolveButton, &QPushButton::clicked, this, &DossierEditor::resolveConflict);
    // The mnemonic of a disabled "Submit" says why, instead of typing its letter in the focused field.
    MnemonicGuard::guard(m_ui->submitButton, [this] { return m_ui->submitButton->toolTip(); });
    // The dossier's window covers the list: F5 syncs from here too (the decision then shows here).
    auto* sync = new QAction(tr("Sync with the portal"), this);
    sync->setShortcut(QKeySequence::Refresh);
    sync->setShortcutContext(Qt::WindowShortcut);
    connect(sync, &QAction::triggered, this, &DossierEditor::syncRequested);
    addAction(sync);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &DossierEditor::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &DossierEditor::reject);

    // Enter in a field must not click a button: adding a number is the number field's own Enter.
    for (QPushButton* b : findChildren<QPushButton*>()) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }

    if (!id.isNull()) {
        QString error;
        if (const std::optional<Dossier> d = m_profile.dossiers().dossier(id, &error))
            m_dossier = m_loaded = *d;
        else
            MessageBox::warning(this, tr("Dossier"), error);
    } else {
        m_dossier.use = PhoneUse::Agents;
    }
    showDossier();
    m_ui->tabs->setCurrentIndex(0);
    m_info->focusName();
}

DossierEditor::~DossierEditor() = default;

bool DossierEditor::isBusy() const
{
    return m_checking || m_documentsPage->isReading();
}

void DossierEditor::showDossier()
{
    m_loading = true;
    m_info->setDossier(&m_dossier);
    m_loading = false;
    setModified(false);
    refreshChecks();
}

void DossierEditor::setModified(bool modified)
{
    if (m_loading)
        return;
    m_modified = modified;
    const QString name = m_dossier.name.isEmpty() ? tr("New dossier") : m_dossier.name;
    setWindowTitle(tr("Dossier — %1").arg(name) + (modified ? QStringLiteral(" *") : QString()));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(modified || m_dossier.id.isNull());
}

bool DossierEditor::save()
{
    m_info->readFields();
    if (m_dossier.name.isEmpty() && !m_dossier.client.legalName.isEmpty())
        m_dossier.name = m_dossier.client.legalName;
    if (m_dossier.name.isEmpty()) {
        MessageBox::warning(this, tr("Save"), tr("Give the dossier a name, or the client company's name."));
        m_ui->tabs->setCurrentWidget(m_info);
        m_info->focusName();
        return false;
    }
    QString error;
    const bool created = m_dossier.id.isNull();
    const bool ok = created
        ? m_profile.dossiers().createDossier(m_dossier, Profile::currentUserName(), &error)
        : m_profile.dossiers().updateDossier(m_dossier, &error);
    if (!ok) {
        MessageBox::warning(this, tr("Save"), tr("The dossier was not saved.\n\n%1").arg(error));
        return false;
    }
    m_info->showName(m_dossier.name);
    m_loaded = m_dossier;
    setModified(false);
    refreshChecks();
    emit dossierChanged(m_dossier.id);
    return true;
}

bool DossierEditor::ensureSaved()
{
    if (!m_dossier.id.isNull() && !m_modified)
        return true;
    return save();
}

void DossierEditor::reloadFromStore()
{
    if (m_dossier.id.isNull())
        return;
    QString error;
    const std::optional<Dossier> d = m_profile.dossiers().dossier(m_dossier.id, &error);
    if (!d)
        return;
    if (m_modified) {
        // Keep what the user is typing; what changed in the store meanwhile (another seat's
        // version a sync took) comes into the fields the user did not touch, and a field both
        // changed is said, not silently replaced.
        m_info->readFields();
        QStringList clashes;
        auto merge = [&](auto& form, const auto& loaded, const auto& stored, const QString& key) {
            if (form == loaded)
                form = stored;
            else if (stored != loaded && stored != form)
                clashes.append(Conflicts::fieldLabel(key));
        };
        Company& c = m_dossier.client;
        merge(m_dossier.name, m_loaded.name, d->name, QStringLiteral("name"));
        merge(c.legalName, m_loaded.client.legalName, d->client.legalName, QStringLiteral("legal_name"));
        merge(c.legalForm, m_loaded.client.legalForm, d->client.legalForm, QStringLiteral("legal_form"));
        merge(c.shareCapital, m_loaded.client.shareCapital, d->client.shareCapital,
              QStringLiteral("share_capital"));
        merge(c.address, m_loaded.client.address, d->client.address, QStringLiteral("address"));
        merge(c.siren, m_loaded.client.siren, d->client.siren, QStringLiteral("siren"));
        merge(c.rcsCity, m_loaded.client.rcsCity, d->client.rcsCity, QStringLiteral("rcs_city"));
        merge(c.representativeName, m_loaded.client.representativeName, d->client.representativeName,
              QStringLiteral("representative_name"));
        merge(c.representativeTitle, m_loaded.client.representativeTitle, d->client.representativeTitle,
              QStringLiteral("representative_title"));
        merge(m_dossier.numbers, m_loaded.numbers, d->numbers, QStringLiteral("numbers"));
        merge(m_dossier.use, m_loaded.use, d->use, QStringLiteral("use"));
        m_loaded = *d;
        m_loading = true;
        m_info->setDossier(&m_dossier);
        m_loading = false;
        m_dossier.status = d->status;
        m_dossier.history = d->history;
        m_dossier.rejectionReason = d->rejectionReason;
        m_dossier.validatedOn = d->validatedOn;
        m_dossier.validUntil = d->validUntil;
        m_dossier.version = d->version;
        refreshChecks();
        if (!clashes.isEmpty()) {
            m_notice
                = tr("Changed meanwhile on the portal too: %1. Your edits are kept; saving shares them over "
                     "that change.")
                      .arg(clashes.join(QStringLiteral(", ")));
            showReadiness();
        }
    } else {
        m_dossier = *d;
        m_loaded = *d;
        showDossier();
    }
}

void DossierEditor::documentsChanged()
{
    // A signature confirmation adds to the history: the status side is read again with the documents.
    reloadFromStore();
    emit dossierChanged(m_dossier.id);
}

void DossierEditor::refreshChecks()
{
    m_notice.clear();
    const bool saved = !m_dossier.id.isNull();
    QString error;
    m_documents = saved ? m_profile.dossiers().documents(m_dossier.id, &error) : QList<Document>();
    if (saved) {
        if (m_modified)
            m_info->readFields();
        m_ticket = m_readiness.requestReport(m_dossier, Clock::instance().today());
        m_checking = true;
    } else {
        m_report = ReadinessReport();
        m_checking = false;
    }
    showPages();
}

void DossierEditor::reportReady(quint64 ticket, const ReadinessReport& report)
{
    if (ticket != m_ticket)
        return; // an older change's report: a newer one is coming
    m_report = report;
    m_checking = false;
    showPages();
}

void DossierEditor::showPages()
{
    m_documentsPage->showDossier(m_dossier, m_documents, m_report);
    m_tracking->showDossier(m_dossier);

    const QDate today = Clock::instance().today();
    const DossierStatus::Status status = m_dossier.effectiveStatus(today);
    const QString statusText = m_dossier.statusUnconfirmed
        ? tr("%1 (from the archive, not confirmed by the portal)").arg(DossierStatus::label(status))
        : DossierStatus::label(status);
    const QColor color = StatusGroup::color(StatusGroup::of(status, m_dossier.validUntil, today));
    m_ui->titleLabel->setText(
        QStringLiteral("<h2>%1</h2><span style='color:%3'>%2</span>")
            .arg((m_dossier.name.isEmpty() ? tr("New dossier") : m_dossier.name).toHtmlEscaped(),
                 tr("Status: %1").arg(statusText).toHtmlEscaped(), color.name()));
    m_conflict
        = m_dossier.id.isNull() ? std::nullopt : SyncState(m_profile.database()).conflict(m_dossier.id);
    m_ui->conflictBanner->setVisible(m_conflict.has_value());
    if (m_conflict)
        m_ui->conflictLabel->setText(
            tr("Changed on the portal by %1 (version %2) while it was changed on this computer too. Nothing "
               "was overwritten: choose what to keep, field by field, then it is shared again.")
                .arg(m_conflict->theirBy.isEmpty() ? tr("another seat") : m_conflict->theirBy)
                .arg(m_conflict->theirVersion));
    const bool rejected = status == DossierStatus::Rejected;
    m_ui->rejectionBanner->setVisible(rejected);
    if (rejected)
        m_ui->rejectionBanner->setText(
            tr("Rejected by the operator: %1\nFix the dossier and submit it again.")
                .arg(m_dossier.rejectionReason.isEmpty() ? tr("no reason given")
                                                         : m_dossier.rejectionReason));

    // The tab counts documents; blocking problems come after, named as such.
    const int documentsTab = m_ui->tabs->indexOf(m_documentsPage);
    const int blocking = DossierStatus::documentsSettled(status) || m_checking ? 0 : m_report.blockingCount();
    const QString documents = tr("Documents (%1)").arg(m_documents.size());
    m_ui->tabs->setTabText(documentsTab,
                           blocking ? tr("%1 · %n blocking problem(s)", nullptr, blocking).arg(documents)
                                    : documents);
    m_ui->tabs->setTabIcon(documentsTab,
                           blocking ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    showReadiness();
    setModified(m_modified);
}

void DossierEditor::showReadiness()
{
    const bool saved = !m_dossier.id.isNull();
    // The button follows the rule Submission::queue() applies, so the two never disagree.
    const DossierStatus::Status status = m_dossier.effectiveStatus(Clock::instance().today());
    std::optional<Submission::Result> refused = Submission::refusal(status, m_report, m_dossier.validUntil);
    if (m_conflict) { // the first thing to settle
        refused = Submission::Result();
        refused->message = tr("Changed here and by another seat: choose what to keep first.");
    }
    m_ui->submitButton->setEnabled(saved && !m_checking && !refused);
    QString why;
    if (!saved)
        why = tr("Save the dossier, then add its documents.");
    else if (m_checking)
        why = tr("Checking the dossier…");
    else if (refused)
        why = refused->message;
    else
        why = m_report.warningCount()
            ? tr("Ready, with %n warning(s) to read.", nullptr, m_report.warningCount())
            : tr("Ready: every check passed.");
    m_ui->readinessLabel->setText(m_notice.isEmpty() ? why : m_notice);
    m_ui->submitButton->setToolTip(why);
}

void DossierEditor::resolveConflict()
{
    if (!m_conflict || !ensureSaved())
        return;
    auto* dialog
        = new ConflictDialog(m_dossier.name, *m_conflict,
                             Conflicts::differences(SyncState::content(m_dossier), m_conflict->theirs), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString error;
        if (!Conflicts::resolve(m_profile, m_dossier.id, dialog->choices(), std::nullopt, &error)) {
            MessageBox::warning(this, tr("Choose what to keep"), error);
            return;
        }
        reloadFromStore();
        emit dossierChanged(m_dossier.id);
    });
    dialog->open();
}

void DossierEditor::addDocuments(Document::Kind kind, const QStringList& paths)
{
    m_documentsPage->addDocuments(kind, paths);
}

bool DossierEditor::setDocumentDate(const QUuid& documentId, const QDate& date)
{
    return m_documentsPage->setDocumentDate(documentId, date);
}

GenerateMandateDialog* DossierEditor::generateMandate()
{
    return m_documentsPage->generateMandate();
}

void DossierEditor::submit()
{
    if (!ensureSaved() || !m_ui->submitButton->isEnabled())
        return;
    // The queue checks the dossier again as stored: the two agree unless something changed since
    // the report was shown (a document's freshness at midnight, another window).
    const Submission::Result result = Submission::queue(m_profile, m_dossier.id);
    if (!result.queued()) {
        MessageBox::warning(this, tr("Submit to the operator"), result.message);
        reloadFromStore();
        return;
    }
    reloadFromStore();
    m_ui->tabs->setCurrentWidget(m_tracking);
    emit dossierChanged(m_dossier.id);
    emit submissionQueued(m_dossier.id);
}

void DossierEditor::renew()
{
    m_tracking->renew();
}

void DossierEditor::setSending(bool sending)
{
    m_tracking->setSending(sending);
}

void DossierEditor::editName()
{
    m_ui->tabs->setCurrentIndex(0);
    activateWindow();
    m_info->focusName(true);
}

void DossierEditor::showTab(int index)
{
    m_ui->tabs->setCurrentIndex(qBound(0, index, m_ui->tabs->count() - 1));
}

bool DossierEditor::confirmClose()
{
    if (!m_modified)
        return true;
    switch (MessageBox::question(this, tr("Unsaved changes"), tr("Save the changes to this dossier?"),
                                 QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                 QMessageBox::Save)) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void DossierEditor::closeEvent(QCloseEvent* event)
{
    if (confirmClose())
        event->accept();
    else
        event->ignore();
}

void DossierEditor::reject()
{
    if (confirmClose()) {
        m_modified = false;
        QDialog::reject();
    }
}

} // namespace Mandat

#include "DossierEditor.h"

#include "DocumentPreview.h"
#include "DossierListModel.h"
#include "DropZone.h"
#include "GenerateMandateDialog.h"
#include "MessageBox.h"
#include "MnemonicGuard.h"
#include "PrintJob.h"
#include "RecordDecisionDialog.h"
#include "WindowGeometry.h"
#include "core/Clock.h"
#include "documents/DocumentIntake.h"
#include "documents/DocumentReadTask.h"
#include "model/CompanyIdentifier.h"
#include "numbering/NumberClassifier.h"
#include "store/Profile.h"
#include "sync/Outbox.h"
#include "sync/Submission.h"
#include "ui_DossierEditor.h"

#include <QCloseEvent>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

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
    return yes ? DossierEditor::tr("Allowed") : DossierEditor::tr("Not allowed");
}

QString shortDate(const QDate& d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

QIcon problemIcon(const QWidget* w, const Problem& p)
{
    return w->style()->standardIcon(p.isBlocking() ? QStyle::SP_MessageBoxCritical
                                                   : QStyle::SP_MessageBoxWarning);
}

// Wide columns of text stay readable: the full text is in the tooltip.
void fitColumns(QTableWidget* table, int maxWidth)
{
    table->resizeColumnsToContents();
    for (int c = 0; c < table->columnCount() - 1; ++c)
        table->setColumnWidth(c, qMin(table->columnWidth(c), maxWidth));
    // The last column takes what is left rather than scrolling sideways.
    table->setColumnWidth(table->columnCount() - 1, 80);
    table->horizontalHeader()->setStretchLastSection(true);
}
} // namespace

DossierEditor::DossierEditor(Profile& profile, const QUuid& id, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::DossierEditor)
    , m_profile(profile)
    , m_reader(new DocumentReadTask(this))
{
    m_ui->setupUi(this);
    WindowGeometry::keep(this, QStringLiteral("dossier-editor"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    m_ui->submitButton->setIcon(QIcon(QStringLiteral(":/icons/submit.svg")));
    m_ui->generateButton->setIcon(QIcon(QStringLiteral(":/icons/mandate.svg")));
    m_ui->printButton->setIcon(QIcon(QStringLiteral(":/icons/print.svg")));
    m_ui->renewButton->setIcon(QIcon(QStringLiteral(":/icons/renew.svg")));
    setupTables();
    m_ui->bottomLayout->setStretch(0, 1);
    m_ui->documentsTable->setWordWrap(true);

    const QList<std::tuple<Document::Kind, QString, QString>> zones {
        { Document::Kind::SignedMandate, tr("Signed mandate"),
          tr("The mandate signed and stamped by the client (PDF or scan).") },
        { Document::Kind::Kbis, tr("Kbis extract"), tr("Less than 3 months old on the submission day.") },
        { Document::Kind::Invoice, tr("Phone invoices"), tr("Less than 3 months old, showing the numbers.") },
    };
    for (const auto& [kind, title, hint] : zones) {
        auto* zone = new DropZone(kind, title, hint, m_ui->dropZoneArea);
        m_ui->dropZoneLayout->addWidget(zone);
        connect(zone, &DropZone::filesChosen, this, &DossierEditor::addDocuments);
        m_zones.append(zone);
    }
    // Reading progress, under the drop zones.
    m_readProgress = new QProgressBar(this);
    m_readProgress->setObjectName(QStringLiteral("readProgress"));
    m_readProgress->setAccessibleName(tr("Reading the document"));
    m_readProgress->setVisible(false);
    m_cancelRead = new QPushButton(tr("Cancel reading"), this);
    m_cancelRead->setObjectName(QStringLiteral("cancelReadButton"));
    m_cancelRead->setVisible(false);
    auto* row = new QHBoxLayout;
    row->addWidget(m_readProgress, 1);
    row->addWidget(m_cancelRead);
    m_ui->documentsLayout->insertLayout(1, row);
    connect(m_cancelRead, &QPushButton::clicked, this, [this] {
        m_pending.clear();
        m_reader->cancel();
    });
    connect(m_reader, &DocumentReadTask::progress, this, [this](int done, int pages, int pagePercent) {
        m_readProgress->setMaximum(qMax(1, pages) * 100);
        m_readProgress->setValue(done * 100 + pagePercent);
    });
    connect(m_reader, &DocumentReadTask::finished, this, &DossierEditor::documentRead);

    for (QLineEdit* e : { m_ui->nameEdit, m_ui->clientNameEdit, m_ui->clientFormEdit, m_ui->clientCapitalEdit,
                          m_ui->clientAddressEdit, m_ui->rcsCityEdit, m_ui->representativeNameEdit,
                          m_ui->representativeTitleEdit })
        connect(e, &QLineEdit::textEdited, this, [this] { setModified(); });
    connect(m_ui->sirenEdit, &QLineEdit::textChanged, this, [this] {
        updateSiren();
        setModified();
    });
    connect(m_ui->useAgentsRadio, &QRadioButton::toggled, this, [this] {
        setModified();
        fillNumbers();
    });
    connect(m_ui->numberEdit, &QLineEdit::textChanged, this, &DossierEditor::updateNumberHint);
    connect(m_ui->numberEdit, &QLineEdit::returnPressed, this, &DossierEditor::addNumber);
    connect(m_ui->addNumberButton, &QPushButton::clicked, this, &DossierEditor::addNumber);
    connect(m_ui->removeNumberButton, &QPushButton::clicked, this, &DossierEditor::removeNumber);
    connect(m_ui->correctDateButton, &QPushButton::clicked, this, &DossierEditor::correctDate);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &DossierEditor::preview);
    connect(m_ui->removeDocumentButton, &QPushButton::clicked, this, &DossierEditor::removeDocument);
    auto* moveMenu = new QMenu(m_ui->moveDocumentButton);
    for (const Document::Kind kind :
         { Document::Kind::SignedMandate, Document::Kind::Kbis, Document::Kind::Invoice }) {
        QAction* move = moveMenu->addAction(Document::kindLabel(kind));
        move->setData(int(kind));
        connect(move, &QAction::triggered, this, [this, kind] { moveDocument(kind); });
    }
    m_ui->moveDocumentButton->setMenu(moveMenu);
    connect(m_ui->generateButton, &QPushButton::clicked, this, &DossierEditor::generateMandate);
    connect(m_ui->printButton, &QPushButton::clicked, this, &DossierEditor::print);
    connect(m_ui->submitButton, &QPushButton::clicked, this, &DossierEditor::submit);
    // Alt+L on a disabled "Lancer" says why, instead of typing "l" in the focused field.
    MnemonicGuard::guard(m_ui->submitButton, [this] { return m_ui->submitButton->toolTip(); });
    connect(m_ui->renewButton, &QPushButton::clicked, this, &DossierEditor::renew);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &DossierEditor::retry);
    connect(m_ui->recordDecisionButton, &QPushButton::clicked, this, &DossierEditor::recordDecision);
    // The dossier's window covers the list: F5 syncs from here too (the decision then shows here).
    auto* sync = new QAction(tr("Sync with the portal"), this);
    sync->setShortcut(QKeySequence::Refresh);
    sync->setShortcutContext(Qt::WindowShortcut);
    connect(sync, &QAction::triggered, this, &DossierEditor::syncRequested);
    addAction(sync);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &DossierEditor::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &DossierEditor::reject);
    connect(m_ui->confirmSignatureButton, &QPushButton::clicked, this, &DossierEditor::confirmSignature);
    connect(m_ui->documentsTable, &QTableWidget::itemSelectionChanged, this,
            &DossierEditor::updateDocumentButtons);
    connect(m_ui->documentsTable, &QTableWidget::cellDoubleClicked, this, &DossierEditor::preview);

    // Enter in a field must not click a button: adding a number is the number field's own Enter.
    for (QPushButton* b : findChildren<QPushButton*>()) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }

    if (!id.isNull()) {
        QString error;
        if (const std::optional<Dossier> d = m_profile.dossiers().dossier(id, &error))
            m_dossier = *d;
        else
            MessageBox::warning(this, tr("Dossier"), error);
    } else {
        m_dossier.use = PhoneUse::Agents;
    }
    showDossier();
    m_ui->tabs->setCurrentIndex(0);
    m_ui->nameEdit->setFocus();
}

DossierEditor::~DossierEditor()
{
    m_pending.clear();
    m_reader->cancel();
    m_reader->wait();
}

bool DossierEditor::isBusy() const
{
    return m_reading || !m_pending.isEmpty();
}

void DossierEditor::setupTables()
{
    m_ui->numbersTable->setColumnCount(5);
    m_ui->numbersTable->setHorizontalHeaderLabels(
        { tr("Number"), tr("Category"), tr("Agents"), tr("Automated"), tr("Note") });
    m_ui->documentsTable->setColumnCount(7);
    m_ui->documentsTable->setHorizontalHeaderLabels({ tr("Kind"), tr("File"), tr("Date"),
                                                      tr("Found in the text"), tr("Freshness"),
                                                      tr("Numbers found"), tr("Problems") });
    m_ui->historyTable->setColumnCount(5);
    m_ui->historyTable->setHorizontalHeaderLabels(
        { tr("When"), tr("From"), tr("To"), tr("Reason"), tr("By") });
    m_ui->outboxTable->setColumnCount(5);
    m_ui->outboxTable->setHorizontalHeaderLabels(
        { tr("Change"), tr("State"), tr("Attempts"), tr("Next attempt"), tr("Last error") });
    for (QTableWidget* t :
         { m_ui->numbersTable, m_ui->documentsTable, m_ui->historyTable, m_ui->outboxTable }) {
        t->horizontalHeader()->setStretchLastSection(true);
        t->verticalHeader()->hide();
        t->setSelectionMode(QAbstractItemView::SingleSelection);
    }
}

void DossierEditor::showDossier()
{
    m_loading = true;
    m_ui->nameEdit->setText(m_dossier.name);
    m_ui->clientNameEdit->setText(m_dossier.client.legalName);
    m_ui->clientFormEdit->setText(m_dossier.client.legalForm);
    m_ui->clientCapitalEdit->setText(m_dossier.client.shareCapital);
    m_ui->sirenEdit->setText(m_dossier.client.siren);
    m_ui->clientAddressEdit->setText(m_dossier.client.address);
    m_ui->rcsCityEdit->setText(m_dossier.client.rcsCity);
    m_ui->representativeNameEdit->setText(m_dossier.client.representativeName);
    m_ui->representativeTitleEdit->setText(m_dossier.client.representativeTitle);
    (m_dossier.use == PhoneUse::Automated ? m_ui->useAutomatedRadio : m_ui->useAgentsRadio)->setChecked(true);
    updateSiren();
    fillNumbers();
    m_loading = false;
    setModified(false);
    refreshChecks();
}

void DossierEditor::readFields()
{
    m_dossier.name = m_ui->nameEdit->text().trimmed();
    m_dossier.client.legalName = m_ui->clientNameEdit->text().trimmed();
    m_dossier.client.legalForm = m_ui->clientFormEdit->text().trimmed();
    m_dossier.client.shareCapital = m_ui->clientCapitalEdit->text().trimmed();
    const CompanyIdentifier siren = CompanyIdentifier::parse(m_ui->sirenEdit->text());
    m_dossier.client.siren
        = siren.isValid() ? siren.siren() : m_ui->sirenEdit->text().simplified().remove(u' ');
    m_dossier.client.address = m_ui->clientAddressEdit->text().trimmed();
    m_dossier.client.rcsCity = m_ui->rcsCityEdit->text().trimmed();
    m_dossier.client.representativeName = m_ui->representativeNameEdit->text().trimmed();
    m_dossier.client.representativeTitle = m_ui->representativeTitleEdit->text().trimmed();
    m_dossier.use = m_ui->useAutomatedRadio->isChecked() ? PhoneUse::Automated : PhoneUse::Agents;
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

void DossierEditor::updateSiren()
{
    const QString text = m_ui->sirenEdit->text().trimmed();
    if (text.isEmpty()) {
        m_ui->sirenStatus->clear();
        m_ui->tvaLabel->clear();
        return;
    }
    const CompanyIdentifier id = CompanyIdentifier::parse(text);
    if (id.isValid()) {
        m_ui->sirenStatus->setText(
            QStringLiteral("<span style='color:#16a34a'>✔ %1</span>").arg(tr("valid SIREN")));
        m_ui->tvaLabel->setText(tr("VAT number: %1").arg(id.tvaNumber()));
    } else {
        m_ui->sirenStatus->setText(
            QStringLiteral("<span style='color:#dc2626'>✘ %1</span>").arg(id.errorString().toHtmlEscaped()));
        m_ui->tvaLabel->clear();
    }
}

void DossierEditor::updateNumberHint()
{
    const QString text = m_ui->numberEdit->text().trimmed();
    if (text.isEmpty()) {
        m_ui->numberHint->clear();
        return;
    }
    const NumberClassification c = NumberClassifier::builtIn().classify(text);
    if (!c.valid) {
        m_ui->numberHint->setText(
            QStringLiteral("<span style='color:#dc2626'>%1</span>").arg(c.reason.toHtmlEscaped()));
        return;
    }
    const bool automated = m_ui->useAutomatedRadio->isChecked();
    const bool allowed = automated ? c.automatedAllowed : c.agentsAllowed;
    m_ui->numberHint->setText(QStringLiteral("<span style='color:%1'>%2 — %3</span>")
                                  .arg(allowed ? QStringLiteral("#16a34a") : QStringLiteral("#dc2626"),
                                       c.national.toHtmlEscaped(), c.reason.toHtmlEscaped()));
}

void DossierEditor::addNumber()
{
    const QString text = m_ui->numberEdit->text().trimmed();
    if (text.isEmpty())
        return;
    const NumberClassification c = NumberClassifier::builtIn().classify(text);
    if (!c.valid) {
        MessageBox::warning(this, tr("Add a number"),
                            tr("\"%1\" is not a number that can be presented.\n\n%2").arg(text, c.reason));
        return;
    }
    QString error;
    if (!m_dossier.addNumber(c.e164, &error)) {
        MessageBox::warning(this, tr("Add a number"), error);
        return;
    }
    m_ui->numberEdit->clear();
    fillNumbers();
    setModified();
}

void DossierEditor::removeNumber()
{
    const int row = m_ui->numbersTable->currentRow();
    if (row < 0 || row >= m_dossier.numbers.size())
        return;
    m_dossier.numbers.removeAt(row);
    fillNumbers();
    setModified();
}

void DossierEditor::fillNumbers()
{
    const bool automated = m_ui->useAutomatedRadio->isChecked();
    m_ui->numbersTable->setRowCount(int(m_dossier.numbers.size()));
    for (int i = 0; i < m_dossier.numbers.size(); ++i) {
        const NumberClassification c = NumberClassifier::builtIn().classify(m_dossier.numbers.at(i));
        const bool allowed = automated ? c.automatedAllowed : c.agentsAllowed;
        m_ui->numbersTable->setItem(i, 0, item(c.national, c.e164));
        m_ui->numbersTable->setItem(i, 1, item(numberCategoryLabel(c.category)));
        m_ui->numbersTable->setItem(i, 2, item(yesNo(c.agentsAllowed)));
        m_ui->numbersTable->setItem(i, 3, item(yesNo(c.automatedAllowed)));
        m_ui->numbersTable->setItem(i, 4, item(allowed ? QString() : c.reason, c.reason));
        if (!allowed) {
            for (int col = 0; col < 5; ++col)
                m_ui->numbersTable->item(i, col)->setForeground(QColor(0xdc, 0x26, 0x26));
        }
    }
    m_ui->numbersTable->resizeColumnsToContents();
    m_ui->numbersTable->horizontalHeader()->setStretchLastSection(true);
}

bool DossierEditor::save()
{
    readFields();
    if (m_dossier.name.isEmpty() && !m_dossier.client.legalName.isEmpty())
        m_dossier.name = m_dossier.client.legalName;
    if (m_dossier.name.isEmpty()) {
        MessageBox::warning(this, tr("Save"), tr("Give the dossier a name, or the client company's name."));
        m_ui->tabs->setCurrentWidget(m_ui->infoTab);
        m_ui->nameEdit->setFocus();
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
    m_loading = true;
    m_ui->nameEdit->setText(m_dossier.name);
    m_loading = false;
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
        // Keep what the user is typing; take the status side from the store.
        m_dossier.status = d->status;
        m_dossier.history = d->history;
        m_dossier.rejectionReason = d->rejectionReason;
        m_dossier.validatedOn = d->validatedOn;
        m_dossier.validUntil = d->validUntil;
        m_dossier.version = d->version;
        refreshChecks();
    } else {
        m_dossier = *d;
        showDossier();
    }
}

void DossierEditor::refreshChecks()
{
    const QDate today = Clock::instance().today();
    const bool saved = !m_dossier.id.isNull();
    QString error;
    m_documents = saved ? m_profile.dossiers().documents(m_dossier.id, &error) : QList<Document>();
    if (saved) {
        Dossier current = m_dossier;
        if (m_modified) {
            readFields();
            current = m_dossier;
        }
        m_report = ReadinessReport::build(current, m_profile.dossiers(), m_profile.blobs(), today);
    } else {
        m_report = ReadinessReport();
    }
    fillDocuments();
    fillTracking();

    const DossierStatus::Status status = m_dossier.effectiveStatus(today);
    const QString statusText = m_dossier.statusUnconfirmed
        ? tr("%1 (from the archive, not confirmed by the portal)").arg(DossierStatus::label(status))
        : DossierStatus::label(status);
    const QColor color
        = DossierListModel::groupColor(DossierListModel::groupOf(status, m_dossier.validUntil, today));
    m_ui->titleLabel->setText(
        QStringLiteral("<h2>%1</h2><span style='color:%3'>%2</span>")
            .arg((m_dossier.name.isEmpty() ? tr("New dossier") : m_dossier.name).toHtmlEscaped(),
                 tr("Status: %1").arg(statusText).toHtmlEscaped(), color.name()));
    const bool rejected = status == DossierStatus::Rejected;
    m_ui->rejectionBanner->setVisible(rejected);
    if (rejected)
        m_ui->rejectionBanner->setText(
            tr("Rejected by the operator: %1\nFix the dossier and submit it again.")
                .arg(m_dossier.rejectionReason.isEmpty() ? tr("no reason given")
                                                         : m_dossier.rejectionReason));

    // The button follows the rule Submission::queue() applies, so the two never disagree.
    const std::optional<Submission::Result> refused = Submission::refusal(status, m_report);
    m_ui->submitButton->setEnabled(saved && !refused);
    QString why;
    if (!saved) {
        why = tr("Save the dossier, then add its documents.");
    } else if (refused) {
        why = refused->message;
    } else {
        why = m_report.warningCount()
            ? tr("Ready, with %n warning(s) to read.", nullptr, m_report.warningCount())
            : tr("Ready: every check passed.");
    }
    m_ui->readinessLabel->setText(why);
    m_ui->submitButton->setToolTip(why);
    for (DropZone* zone : std::as_const(m_zones))
        zone->setEnabled(true);
    m_ui->generateButton->setEnabled(true);
    m_ui->printButton->setEnabled(saved && !m_documents.isEmpty());
    m_ui->previewButton->setEnabled(saved && !m_documents.isEmpty());
    updateDocumentButtons();
    m_ui->renewButton->setEnabled(saved
                                  && (status == DossierStatus::Valid || status == DossierStatus::Expired));
    m_ui->recordDecisionButton->setEnabled(saved && !RecordDecisionDialog::choices(status).isEmpty());
    setModified(m_modified);
}

void DossierEditor::fillDocuments()
{
    m_ui->documentsTable->setRowCount(int(m_documents.size()));
    for (int i = 0; i < m_documents.size(); ++i) {
        const Document& doc = m_documents.at(i);
        const DocumentCheck::Result* result = nullptr;
        for (const DocumentCheck::Result& r : m_report.documents)
            if (r.sha256 == doc.sha256 && r.kind == doc.kind)
                result = &r;
        auto* kind = item(Document::kindLabel(doc.kind));
        kind->setData(Qt::UserRole, doc.id);
        m_ui->documentsTable->setItem(i, 0, kind);
        m_ui->documentsTable->setItem(i, 1, item(doc.originalName));
        QString date = shortDate(doc.issueDate);
        if (doc.dateSource == Document::DateSource::EnteredByHand)
            date += u' ' + tr("(by hand)");
        m_ui->documentsTable->setItem(i, 2, item(date.isEmpty() ? tr("not found") : date));
        m_ui->documentsTable->setItem(i, 3, item(doc.dateSnippet, doc.dateSnippet));
        QString freshness;
        QStringList problems;
        QString numbers;
        bool blocking = false;
        if (result) {
            if (DossierStatus::documentsSettled(m_dossier.effectiveStatus(Clock::instance().today()))) {
                freshness = tr("Checked at submission");
            } else if (result->freshnessApplies) {
                switch (result->freshness.state) {
                case DossierRules::Freshness::Fresh:
                case DossierRules::Freshness::StaleSoon:
                    freshness = tr("%n day(s) left", nullptr, result->freshness.daysLeft);
                    break;
                case DossierRules::Freshness::Stale:
                    freshness = tr("Stale since %1").arg(shortDate(result->freshness.staleOn));
                    break;
                case DossierRules::Freshness::InFuture:
                    freshness = tr("Dated in the future");
                    break;
                case DossierRules::Freshness::Unknown:
                    freshness = tr("Date unknown");
                    break;
                }
            }
            QStringList shown;
            for (const QString& e164 : result->numbersFound)
                shown.append(NumberClassifier::builtIn().national(e164));
            numbers = shown.join(QStringLiteral(", "));
            for (const Problem& p : result->problems) {
                problems.append(p.message);
                blocking = blocking || p.isBlocking();
            }
        }
        QString note;
        if (doc.kind == Document::Kind::SignedMandate && doc.signatureConfirmed)
            note = (tr("Signature and stamp confirmed by %1 on %2.")
                        .arg(doc.signatureConfirmedBy.isEmpty() ? tr("you") : doc.signatureConfirmedBy,
                             shortDate(doc.signatureConfirmedAt.toLocalTime().date())));
        m_ui->documentsTable->setItem(i, 4, item(freshness));
        m_ui->documentsTable->setItem(i, 5, item(numbers, numbers));
        QString shown = problems.isEmpty() ? tr("OK") : problems.join(u'\n');
        if (!note.isEmpty())
            shown += u'\n' + note;
        auto* problemItem = item(shown, shown);
        problemItem->setForeground(blocking                 ? QColor(0xdc, 0x26, 0x26)
                                       : problems.isEmpty() ? QColor(0x16, 0xa3, 0x4a)
                                                            : QColor(0xd9, 0x77, 0x06));
        m_ui->documentsTable->setItem(i, 6, problemItem);
    }
    fitColumns(m_ui->documentsTable, 200);
    m_ui->documentsTable->resizeRowsToContents();
    m_ui->problemsList->clear();
    for (const Problem& p : m_report.problems)
        m_ui->problemsList->addItem(new QListWidgetItem(problemIcon(this, p), p.message));
    // The tab counts documents; blocking problems come after, named as such.
    const int documentsTab = m_ui->tabs->indexOf(m_ui->documentsTab);
    const int blocking = DossierStatus::documentsSettled(m_dossier.effectiveStatus(Clock::instance().today()))
        ? 0
        : m_report.blockingCount();
    const QString documents = tr("Documents (%1)").arg(m_documents.size());
    m_ui->tabs->setTabText(documentsTab,
                           blocking ? tr("%1 · %n blocking problem(s)", nullptr, blocking).arg(documents)
                                    : documents);
    m_ui->tabs->setTabIcon(documentsTab,
                           blocking ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
}

void DossierEditor::fillTracking()
{
    const QDate today = Clock::instance().today();
    if (m_dossier.validUntil.isValid()) {
        const qint64 left = today.daysTo(m_dossier.validUntil);
        m_ui->validUntilLabel->setText(
            left >= 0
                ? tr("Valid until %1 (%n day(s) left).", nullptr, int(left))
                      .arg(QLocale().toString(m_dossier.validUntil, QLocale::LongFormat))
                : tr("Expired on %1.").arg(QLocale().toString(m_dossier.validUntil, QLocale::LongFormat)));
    } else {
        m_ui->validUntilLabel->setText(tr("Not validated by the operator yet."));
    }
    m_ui->historyTable->setRowCount(int(m_dossier.history.size()));
    for (int i = 0; i < m_dossier.history.size(); ++i) {
        // Newest first.
        const StatusChange& c = m_dossier.history.at(m_dossier.history.size() - 1 - i);
        m_ui->historyTable->setItem(i, 0, item(QLocale().toString(c.at.toLocalTime(), QLocale::ShortFormat)));
        m_ui->historyTable->setItem(i, 1, item(c.hasFrom ? DossierStatus::label(c.from) : tr("(created)")));
        m_ui->historyTable->setItem(i, 2, item(DossierStatus::label(c.to)));
        m_ui->historyTable->setItem(i, 3, item(c.reason, c.reason));
        m_ui->historyTable->setItem(i, 4, item(c.by));
    }
    fitColumns(m_ui->historyTable, 260);

    QList<Outbox::Item> items;
    if (!m_dossier.id.isNull())
        items = Outbox(m_profile.database()).forDossier(m_dossier.id);
    m_ui->outboxTable->setRowCount(int(items.size()));
    bool retryable = false;
    for (int i = 0; i < items.size(); ++i) {
        const Outbox::Item& it = items.at(i);
        QString state;
        if (it.state == Outbox::State::Done)
            state = tr("Sent");
        else if (it.state == Outbox::State::Failed)
            state = tr("Refused");
        else if (m_sending)
            state = tr("Sending…");
        else if (it.attempts > 0)
            state = tr("Error, will retry");
        else
            state = tr("Queued");
        retryable = retryable || (it.state == Outbox::State::Queued);
        m_ui->outboxTable->setItem(i, 0,
                                   item(it.kind == QLatin1String("submit") ? tr("Submission") : it.kind));
        m_ui->outboxTable->setItem(i, 1, item(state));
        m_ui->outboxTable->setItem(i, 2, item(QString::number(it.attempts)));
        m_ui->outboxTable->setItem(i, 3,
                                   item(it.state == Outbox::State::Queued ? QLocale().toString(
                                            it.nextAttemptAt.toLocalTime(), QLocale::ShortFormat)
                                                                          : QString()));
        m_ui->outboxTable->setItem(i, 4, item(it.lastError, it.lastError));
    }
    fitColumns(m_ui->outboxTable, 200);
    m_ui->retryButton->setEnabled(retryable);
}

QUuid DossierEditor::selectedDocument() const
{
    const int row = m_ui->documentsTable->currentRow();
    if (row < 0 || !m_ui->documentsTable->item(row, 0) || m_ui->documentsTable->selectedItems().isEmpty())
        return {};
    return m_ui->documentsTable->item(row, 0)->data(Qt::UserRole).toUuid();
}

void DossierEditor::addDocuments(Document::Kind kind, const QStringList& paths)
{
    if (!ensureSaved())
        return;
    for (const QString& path : paths)
        m_pending.append({ kind, path });
    if (!m_reading)
        readNext();
}

void DossierEditor::documentRead(DocumentReader::Failure failure, const DocumentReader::Text& text,
                                 const QString& error)
{
    m_reading = false;
    m_readProgress->setVisible(false);
    m_cancelRead->setVisible(false);
    const QString name = QFileInfo(m_current.path).fileName();
    QString refusal = error;
    if (failure == DocumentReader::Failure::None) {
        const DocumentIntake::Outcome out = DocumentIntake::store(m_profile.dossiers(), m_dossier.id,
                                                                  m_current.kind, name, m_currentBytes, text);
        refusal = out.document ? QString() : out.error;
    } else if (failure == DocumentReader::Failure::Cancelled) {
        refusal.clear();
    } else if (const QString what = DocumentIntake::nameMismatch(name, m_currentBytes); !what.isEmpty()) {
        refusal = what + u' ' + refusal; // "scan.pdf is a PNG image…": the reason makes sense then
    }
    if (!refusal.isEmpty())
        MessageBox::warning(this, tr("Add a document"), tr("%1 was not added.\n\n%2").arg(name, refusal));
    m_currentBytes.clear();
    refreshChecks();
    emit dossierChanged(m_dossier.id);
    readNext();
}

void DossierEditor::readNext()
{
    while (!m_pending.isEmpty()) {
        m_current = m_pending.takeFirst();
        const DocumentReader::Options options;
        DocumentReader::Failure failure;
        QString error;
        if (!DocumentIntake::readFile(m_current.path, options, &m_currentBytes, &failure, &error)) {
            MessageBox::warning(
                this, tr("Add a document"),
                tr("%1 was not added.\n\n%2").arg(QFileInfo(m_current.path).fileName(), error));
            continue;
        }
        m_readProgress->setFormat(tr("Reading %1… %p%").arg(QFileInfo(m_current.path).fileName()));
        m_readProgress->setValue(0);
        m_readProgress->setVisible(true);
        m_cancelRead->setVisible(true);
        m_ui->tabs->setCurrentWidget(m_ui->documentsTab);
        m_reading = m_reader->start(m_currentBytes, options);
        if (m_reading)
            return;
    }
}

bool DossierEditor::setDocumentDate(const QUuid& documentId, const QDate& date)
{
    QString error;
    if (!m_profile.dossiers().setDocumentDate(documentId, date, &error)) {
        MessageBox::warning(this, tr("Correct the date"), error);
        return false;
    }
    refreshChecks();
    emit dossierChanged(m_dossier.id);
    return true;
}

void DossierEditor::correctDate()
{
    const QUuid id = selectedDocument();
    const Document* doc = document(id);
    if (!doc)
        return;
    const QDate current = doc->issueDate.isValid() ? doc->issueDate : Clock::instance().today();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Correct the date"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* label = new QLabel(tr("The document's issue date, as printed on it:"), &dialog);
    auto* edit = new QDateEdit(current, &dialog);
    edit->setCalendarPopup(true);
    edit->setAccessibleName(tr("Issue date"));
    label->setBuddy(edit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(label);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        setDocumentDate(id, edit->date());
}

const Document* DossierEditor::document(const QUuid& id) const
{
    for (const Document& d : m_documents)
        if (d.id == id)
            return &d;
    return nullptr;
}

void DossierEditor::updateDocumentButtons()
{
    const QUuid id = selectedDocument();
    m_ui->correctDateButton->setEnabled(!id.isNull());
    m_ui->removeDocumentButton->setEnabled(!id.isNull());
    const Document* doc = document(id);
    m_ui->moveDocumentButton->setEnabled(doc && doc->kind != Document::Kind::FilledMandate);
    if (doc) {
        for (QAction* move : m_ui->moveDocumentButton->menu()->actions())
            move->setEnabled(move->data().toInt() != int(doc->kind));
    }
    bool digitallySigned = false;
    for (const DocumentCheck::Result& r : std::as_const(m_report.documents))
        if (doc && r.sha256 == doc->sha256 && r.kind == doc->kind && !r.signatures.isEmpty())
            digitallySigned = true;
    // A scanned mandate is signed by hand: only the user can see the signature and stamp.
    const bool scannedMandate = doc && doc->kind == Document::Kind::SignedMandate && !digitallySigned;
    m_ui->confirmSignatureButton->setEnabled(scannedMandate);
    m_ui->confirmSignatureButton->setText(scannedMandate && doc->signatureConfirmed
                                              ? tr("W&ithdraw the confirmation")
                                              : tr("Conf&irm the signature…"));
    m_ui->confirmSignatureButton->setToolTip(
        !doc                  ? tr("Select the signed mandate to confirm its signature and stamp.")
            : digitallySigned ? tr("This mandate is signed digitally: its signature is checked, "
                                   "there is nothing to confirm.")
            : !scannedMandate ? tr("Only a scanned signed mandate needs its signature confirmed.")
            : doc->signatureConfirmed
            ? tr("Confirmed by %1 on %2. Withdraw it if it was a mistake.")
                  .arg(doc->signatureConfirmedBy,
                       QLocale().toString(doc->signatureConfirmedAt.toLocalTime(), QLocale::ShortFormat))
            : tr("State that the scan bears the client's signature and stamp."));
}

void DossierEditor::confirmSignature()
{
    const QUuid id = selectedDocument();
    const Document* doc = document(id);
    if (!doc || doc->kind != Document::Kind::SignedMandate)
        return;
    const bool confirm = !doc->signatureConfirmed;
    if (confirm) {
        const QString representative = m_dossier.client.representativeName.isEmpty()
            ? tr("the client's legal representative")
            : m_dossier.client.representativeName;
        const QString text
            = tr("Look at the scan \"%1\". Do you confirm that it is the mandate for %2, signed by hand by "
                 "%3, and that it bears the stamp of %2?\n\nYour name and the time are kept in the dossier's "
                 "history; you can withdraw the confirmation later.")
                  .arg(doc->originalName,
                       m_dossier.client.legalName.isEmpty() ? tr("the client") : m_dossier.client.legalName,
                       representative);
        if (MessageBox::question(this, tr("Confirm the signature and stamp"), text) != QMessageBox::Yes)
            return;
    }
    QString error;
    if (!m_profile.dossiers().setSignatureConfirmed(id, confirm, Profile::currentUserName(), &error)) {
        MessageBox::warning(this, tr("Confirm the signature and stamp"), error);
        return;
    }
    // The history (Tracking tab) gains the entry; the checks and the row show the new state.
    reloadFromStore();
    refreshChecks();
    fillTracking();
    for (int row = 0; row < m_ui->documentsTable->rowCount(); ++row)
        if (m_ui->documentsTable->item(row, 0)->data(Qt::UserRole).toUuid() == id)
            m_ui->documentsTable->selectRow(row);
    emit dossierChanged(m_dossier.id);
}

void DossierEditor::removeDocument()
{
    const QUuid id = selectedDocument();
    const Document* doc = document(id);
    if (!doc)
        return;
    const QString name = doc->originalName;
    if (MessageBox::question(
            this, tr("Remove the document"),
            tr("Remove %1 from the dossier? The file on your disk is not touched.").arg(name))
        != QMessageBox::Yes)
        return;
    QString error;
    if (!m_profile.dossiers().removeDocument(id, &error))
        MessageBox::warning(this, tr("Remove the document"), error);
    refreshChecks();
    emit dossierChanged(m_dossier.id);
}

void DossierEditor::moveDocument(Document::Kind kind)
{
    const Document* doc = document(selectedDocument());
    if (!doc)
        return;
    QString error;
    if (!m_profile.dossiers().setDocumentKind(doc->id, kind, &error))
        MessageBox::warning(this, tr("Move the document"), error);
    refreshChecks();
    emit dossierChanged(m_dossier.id);
}

void DossierEditor::preview()
{
    if (m_dossier.id.isNull() || m_documents.isEmpty())
        return;
    DocumentPreview preview(m_profile, m_dossier.id, this);
    connect(&preview, &DocumentPreview::printRequested, this,
            [this](const QString& name, const QByteArray& pdf) {
                PrintJob::print(this, { { name, pdf } }, tr("Print %1").arg(name));
            });
    preview.exec();
}

void DossierEditor::print()
{
    if (!ensureSaved())
        return;
    QString error;
    const QList<DossierPrinter::Source> sources
        = DossierPrinter::dossierSources(m_profile.dossiers(), m_profile.blobs(), m_dossier.id, &error);
    if (sources.isEmpty()) {
        MessageBox::information(this, tr("Print"),
                                error.isEmpty() ? tr("This dossier has no document to print.") : error);
        return;
    }
    PrintJob::print(this, sources, tr("Print the dossier"));
}

GenerateMandateDialog* DossierEditor::generateMandate()
{
    if (!ensureSaved())
        return nullptr;
    QString error;
    if (!m_profile.dossiers().provider(&error)) {
        MessageBox::information(
            this, tr("Generate the mandate"),
            tr("Enter your company's identity first (Settings, Your company): the mandate "
               "names you as the provider."));
        return nullptr;
    }
    auto* dialog = new GenerateMandateDialog(m_profile, m_dossier, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->outcome())
            addGeneratedMandate(dialog->outcome()->fill.pdf, dialog->templateDescription());
    });
    dialog->open();
    return dialog;
}

void DossierEditor::addGeneratedMandate(const QByteArray& pdf, const QString& templateDescription)
{
    const QString name = tr("mandate-%1.pdf").arg(m_dossier.name.toLower().simplified().replace(u' ', u'-'));
    const DocumentIntake::Outcome added
        = DocumentIntake::add(m_profile.dossiers(), m_dossier.id, Document::Kind::FilledMandate, name, pdf);
    if (!added.document) {
        MessageBox::warning(this, tr("Generate the mandate"), added.error);
        return;
    }
    refreshChecks();
    emit dossierChanged(m_dossier.id);
    m_ui->tabs->setCurrentWidget(m_ui->documentsTab);
    m_ui->readinessLabel->setText(
        tr("Mandate filled from %1: print it, have it signed and stamped, then add the signed copy.")
            .arg(templateDescription));
}

void DossierEditor::submit()
{
    if (!ensureSaved())
        return;
    refreshChecks();
    if (!m_ui->submitButton->isEnabled())
        return;
    const Submission::Result result = Submission::queue(m_profile, m_dossier.id);
    if (!result.queued()) {
        // Something changed since the checks were shown (a document's freshness, another window).
        MessageBox::warning(this, tr("Submit to the operator"), result.message);
        reloadFromStore();
        return;
    }
    reloadFromStore();
    m_ui->tabs->setCurrentWidget(m_ui->trackingTab);
    emit dossierChanged(m_dossier.id);
    emit submissionQueued(m_dossier.id);
}

void DossierEditor::recordDecision()
{
    if (!ensureSaved())
        return;
    RecordDecisionDialog dialog(m_profile, m_dossier, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadFromStore();
    fillTracking();
    emit dossierChanged(m_dossier.id);
}

void DossierEditor::retry()
{
    Outbox(m_profile.database()).retryNow(m_dossier.id, Clock::instance().currentDateTimeUtc());
    fillTracking();
    emit retryRequested(m_dossier.id);
}

void DossierEditor::renew()
{
    QString error;
    const std::optional<Dossier> renewal
        = m_profile.dossiers().renew(m_dossier.id, Profile::currentUserName(), &error);
    if (!renewal) {
        MessageBox::warning(this, tr("Renew"), error);
        return;
    }
    emit dossierChanged(renewal->id);
    emit renewed(renewal->id);
}

void DossierEditor::setSending(bool sending)
{
    m_sending = sending;
    fillTracking();
}

void DossierEditor::editName()
{
    m_ui->tabs->setCurrentIndex(0);
    activateWindow();
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
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

#include "DossierDocumentsPage.h"

#include "DocumentPreview.h"
#include "DropZone.h"
#include "GenerateMandateDialog.h"
#include "MessageBox.h"
#include "PrintJob.h"
#include "core/Clock.h"
#include "documents/DocumentIntake.h"
#include "documents/DocumentReadTask.h"
#include "model/StatusGroup.h"
#include "numbering/NumberClassifier.h"
#include "print/DossierPrinter.h"
#include "store/Profile.h"
#include "ui_DossierDocumentsPage.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QStyle>
#include <QTimer>
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

QString shortDate(const QDate& d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

enum Column { Kind, File, Date, FoundIn, Freshness, Numbers, Problems, ColumnCount };
} // namespace

DossierDocumentsPage::DossierDocumentsPage(Profile& profile, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::DossierDocumentsPage)
    , m_profile(profile)
    , m_reader(new DocumentReadTask(this))
{
    m_ui->setupUi(this);
    m_ui->generateButton->setIcon(QIcon(QStringLiteral(":/icons/mandate.svg")));
    m_ui->printButton->setIcon(QIcon(QStringLiteral(":/icons/print.svg")));
    QTableWidget* table = m_ui->documentsTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({ tr("Kind"), tr("File"), tr("Date"), tr("Found in the text"),
                                       tr("Freshness"), tr("Numbers found"), tr("Problems") });
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(true);
    // Rows follow the columns: sized when the table was hidden and narrow, they would stay as tall
    // as the text wrapped in 80 pixels.
    connect(table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_rowsFitting) {
            m_rowsFitting = true;
            QTimer::singleShot(0, this, [this] {
                m_rowsFitting = false;
                fitRows();
            });
        }
    });

    const QList<std::tuple<Document::Kind, QString, QString>> zones {
        { Document::Kind::SignedMandate, tr("Signed mandate"),
          tr("The mandate signed and stamped by the client (PDF or scan).") },
        { Document::Kind::Kbis, tr("Kbis extract"), tr("Less than 3 months old on the submission day.") },
        { Document::Kind::Invoice, tr("Phone invoices"), tr("Less than 3 months old, showing the numbers.") },
    };
    for (const auto& [kind, title, hint] : zones) {
        auto* zone = new DropZone(kind, title, hint, m_ui->dropZoneArea);
        m_ui->dropZoneLayout->addWidget(zone);
        connect(zone, &DropZone::filesChosen, this, &DossierDocumentsPage::addDocuments);
    }

    connect(m_ui->cancelReadButton, &QPushButton::clicked, this, [this] {
        m_pending.clear();
        m_reader->cancel();
    });
    connect(m_reader, &DocumentReadTask::progress, this, [this](int done, int pages, int pagePercent) {
        m_ui->readProgress->setMaximum(qMax(1, pages) * 100);
        m_ui->readProgress->setValue(done * 100 + pagePercent);
    });
    connect(m_reader, &DocumentReadTask::finished, this, &DossierDocumentsPage::documentRead);

    connect(m_ui->correctDateButton, &QPushButton::clicked, this, &DossierDocumentsPage::correctDate);
    connect(m_ui->confirmSignatureButton, &QPushButton::clicked, this,
            &DossierDocumentsPage::confirmSignature);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &DossierDocumentsPage::preview);
    connect(m_ui->removeDocumentButton, &QPushButton::clicked, this, &DossierDocumentsPage::removeDocument);
    auto* moveMenu = new QMenu(m_ui->moveDocumentButton);
    for (const Document::Kind kind :
         { Document::Kind::SignedMandate, Document::Kind::Kbis, Document::Kind::Invoice }) {
        QAction* move = moveMenu->addAction(Document::kindLabel(kind));
        move->setData(int(kind));
        connect(move, &QAction::triggered, this, [this, kind] { moveDocument(kind); });
    }
    m_ui->moveDocumentButton->setMenu(moveMenu);
    connect(m_ui->generateButton, &QPushButton::clicked, this, &DossierDocumentsPage::generateMandate);
    connect(m_ui->printButton, &QPushButton::clicked, this, &DossierDocumentsPage::print);
    connect(table, &QTableWidget::itemSelectionChanged, this, &DossierDocumentsPage::updateButtons);
    connect(table, &QTableWidget::cellDoubleClicked, this, &DossierDocumentsPage::preview);
}

DossierDocumentsPage::~DossierDocumentsPage()
{
    m_pending.clear();
    m_reader->cancel();
    m_reader->wait();
}

void DossierDocumentsPage::showDossier(const Dossier& dossier, const QList<Document>& documents,
                                       const ReadinessReport& report)
{
    m_dossier = dossier;
    m_documents = documents;
    m_report = report;
    const QUuid selected = selectedDocument();
    fillTable();
    for (int row = 0; row < m_ui->documentsTable->rowCount(); ++row)
        if (!selected.isNull()
            && m_ui->documentsTable->item(row, Kind)->data(Qt::UserRole).toUuid() == selected)
            m_ui->documentsTable->selectRow(row);

    m_ui->problemsList->clear();
    for (const Problem& p : m_report.problems)
        m_ui->problemsList->addItem(
            new QListWidgetItem(style()->standardIcon(p.isBlocking() ? QStyle::SP_MessageBoxCritical
                                                                     : QStyle::SP_MessageBoxWarning),
                                p.message));
    const bool saved = !dossier.id.isNull();
    m_ui->printButton->setEnabled(saved && !m_documents.isEmpty());
    m_ui->previewButton->setEnabled(saved && !m_documents.isEmpty());
    updateButtons();
}

void DossierDocumentsPage::fillTable()
{
    QTableWidget* table = m_ui->documentsTable;
    const bool settled
        = DossierStatus::documentsSettled(m_dossier.effectiveStatus(Clock::instance().today()));
    table->setRowCount(int(m_documents.size()));
    for (int i = 0; i < m_documents.size(); ++i) {
        const Document& doc = m_documents.at(i);
        const DocumentCheck::Result* result = nullptr;
        for (const DocumentCheck::Result& r : m_report.documents)
            if (r.sha256 == doc.sha256 && r.kind == doc.kind)
                result = &r;
        auto* kind = item(Document::kindLabel(doc.kind));
        kind->setData(Qt::UserRole, doc.id);
        table->setItem(i, Kind, kind);
        table->setItem(i, File, item(doc.originalName));
        QString date = shortDate(doc.issueDate);
        if (doc.dateSource == Document::DateSource::EnteredByHand)
            date += u' ' + tr("(by hand)");
        table->setItem(i, Date, item(date.isEmpty() ? tr("not found") : date));
        table->setItem(i, FoundIn, item(doc.dateSnippet, doc.dateSnippet));
        QString freshness;
        QStringList problems;
        QString numbers;
        bool blocking = false;
        if (result) {
            if (settled) {
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
        table->setItem(i, Freshness, item(freshness));
        table->setItem(i, Numbers, item(numbers, numbers));
        QString shown = !result ? tr("Checking…") : problems.isEmpty() ? tr("OK") : problems.join(u'\n');
        if (doc.kind == Document::Kind::SignedMandate && doc.signatureConfirmed)
            shown += u'\n'
                + tr("Signature and stamp confirmed by %1 on %2.")
                      .arg(doc.signatureConfirmedBy.isEmpty() ? tr("you") : doc.signatureConfirmedBy,
                           shortDate(doc.signatureConfirmedAt.toLocalTime().date()));
        auto* problemItem = item(shown, shown);
        if (result)
            problemItem->setForeground(toneColor(blocking                 ? Tone::Bad
                                                     : problems.isEmpty() ? Tone::Good
                                                                          : Tone::Warning));
        table->setItem(i, Problems, problemItem);
    }
    // Wide columns of text stay readable (the full text is in the tooltip); the problems take
    // what is left rather than scrolling sideways.
    table->resizeColumnsToContents();
    for (int c = 0; c < Problems; ++c)
        table->setColumnWidth(c, qMin(table->columnWidth(c), 200));
    table->setColumnWidth(Problems, 80);
    table->horizontalHeader()->setStretchLastSection(true);
    fitRows();
}

void DossierDocumentsPage::fitRows()
{
    QTableWidget* table = m_ui->documentsTable;
    const int most = table->fontMetrics().lineSpacing() * 6 + 8;
    for (int row = 0; row < table->rowCount(); ++row) {
        table->resizeRowToContents(row);
        if (table->rowHeight(row) > most)
            table->setRowHeight(row, most);
    }
}

QUuid DossierDocumentsPage::selectedDocument() const
{
    const int row = m_ui->documentsTable->currentRow();
    if (row < 0 || !m_ui->documentsTable->item(row, Kind) || m_ui->documentsTable->selectedItems().isEmpty())
        return {};
    return m_ui->documentsTable->item(row, Kind)->data(Qt::UserRole).toUuid();
}

const Document* DossierDocumentsPage::document(const QUuid& id) const
{
    for (const Document& d : m_documents)
        if (d.id == id)
            return &d;
    return nullptr;
}

void DossierDocumentsPage::updateButtons()
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

void DossierDocumentsPage::addDocuments(Document::Kind kind, const QStringList& paths)
{
    if (m_ensureSaved && !m_ensureSaved())
        return;
    for (const QString& path : paths)
        m_pending.append({ kind, path });
    if (!m_reading)
        readNext();
}

void DossierDocumentsPage::readNext()
{
    while (!m_pending.isEmpty()) {
        m_current = m_pending.takeFirst();
        const DocumentReader::Options options;
        DocumentReader::Failure failure;
        QString error;
        const QString name = QFileInfo(m_current.path).fileName();
        if (!DocumentIntake::readFile(m_current.path, options, &m_currentBytes, &failure, &error)) {
            MessageBox::warning(this, tr("Add a document"), tr("%1 was not added.\n\n%2").arg(name, error));
            continue;
        }
        m_ui->readProgress->setFormat(tr("Reading %1… %p%").arg(name));
        m_ui->readProgress->setValue(0);
        m_ui->readProgress->setVisible(true);
        m_ui->cancelReadButton->setVisible(true);
        emit readingStarted();
        m_reading = m_reader->start(m_currentBytes, options);
        if (m_reading)
            return;
    }
}

void DossierDocumentsPage::documentRead(DocumentReader::Failure failure, const DocumentReader::Text& text,
                                        const QString& error)
{
    m_reading = false;
    m_ui->readProgress->setVisible(false);
    m_ui->cancelReadButton->setVisible(false);
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
    emit documentsChanged();
    readNext();
}

bool DossierDocumentsPage::setDocumentDate(const QUuid& documentId, const QDate& date)
{
    QString error;
    if (!m_profile.dossiers().setDocumentDate(documentId, date, &error)) {
        MessageBox::warning(this, tr("Correct the date"), error);
        return false;
    }
    emit documentsChanged();
    return true;
}

void DossierDocumentsPage::correctDate()
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

void DossierDocumentsPage::confirmSignature()
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
    emit documentsChanged();
}

void DossierDocumentsPage::removeDocument()
{
    const Document* doc = document(selectedDocument());
    if (!doc)
        return;
    const QUuid id = doc->id;
    if (MessageBox::question(
            this, tr("Remove the document"),
            tr("Remove %1 from the dossier? The file on your disk is not touched.").arg(doc->originalName))
        != QMessageBox::Yes)
        return;
    QString error;
    if (!m_profile.dossiers().removeDocument(id, &error))
        MessageBox::warning(this, tr("Remove the document"), error);
    emit documentsChanged();
}

void DossierDocumentsPage::moveDocument(Document::Kind kind)
{
    const Document* doc = document(selectedDocument());
    if (!doc)
        return;
    QString error;
    if (!m_profile.dossiers().setDocumentKind(doc->id, kind, &error))
        MessageBox::warning(this, tr("Move the document"), error);
    emit documentsChanged();
}

void DossierDocumentsPage::preview()
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

void DossierDocumentsPage::print()
{
    if (m_ensureSaved && !m_ensureSaved())
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

GenerateMandateDialog* DossierDocumentsPage::generateMandate()
{
    if (m_ensureSaved && !m_ensureSaved())
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

void DossierDocumentsPage::addGeneratedMandate(const QByteArray& pdf, const QString& templateDescription)
{
    const QString name = tr("mandate-%1.pdf").arg(m_dossier.name.toLower().simplified().replace(u' ', u'-'));
    const DocumentIntake::Outcome added
        = DocumentIntake::add(m_profile.dossiers(), m_dossier.id, Document::Kind::FilledMandate, name, pdf);
    if (!added.document) {
        MessageBox::warning(this, tr("Generate the mandate"), added.error);
        return;
    }
    emit documentsChanged();
    emit mandateGenerated(templateDescription);
}

} // namespace Mandat

#include "DossierTrackingPage.h"

#include "HistoryModel.h"
#include "MessageBox.h"
#include "OutboxModel.h"
#include "RecordDecisionDialog.h"
#include "core/Clock.h"
#include "store/Profile.h"
#include "ui_DossierTrackingPage.h"

#include <QHeaderView>
#include <QLocale>

namespace Mandat {

namespace {
// Columns fit their text up to a width, the last takes what is left; tooltips give the rest.
void fitColumns(QTableView* table, int maxWidth)
{
    table->resizeColumnsToContents();
    const int last = table->model()->columnCount() - 1;
    for (int c = 0; c < last; ++c)
        table->setColumnWidth(c, qMin(table->columnWidth(c), maxWidth));
    table->setColumnWidth(last, 80);
    table->horizontalHeader()->setStretchLastSection(true);
}
} // namespace

DossierTrackingPage::DossierTrackingPage(Profile& profile, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::DossierTrackingPage)
    , m_profile(profile)
    , m_history(new HistoryModel(this))
    , m_outbox(new OutboxModel(this))
{
    m_ui->setupUi(this);
    m_ui->historyTable->setModel(m_history);
    m_ui->outboxTable->setModel(m_outbox);
    for (QTableView* t : { m_ui->historyTable, m_ui->outboxTable }) {
        t->horizontalHeader()->setStretchLastSection(true);
        t->verticalHeader()->hide();
        t->setSelectionMode(QAbstractItemView::SingleSelection);
    }
    connect(m_ui->retryButton, &QPushButton::clicked, this, &DossierTrackingPage::retry);
    connect(m_ui->recordDecisionButton, &QPushButton::clicked, this, &DossierTrackingPage::recordDecision);
    connect(m_ui->renewButton, &QPushButton::clicked, this, &DossierTrackingPage::renew);
}

DossierTrackingPage::~DossierTrackingPage() = default;

void DossierTrackingPage::showDossier(const Dossier& dossier)
{
    m_dossier = dossier;
    const QDate today = Clock::instance().today();
    if (dossier.validUntil.isValid()) {
        const qint64 left = today.daysTo(dossier.validUntil);
        const QString until = QLocale().toString(dossier.validUntil, QLocale::LongFormat);
        m_ui->validUntilLabel->setText(
            left >= 0 ? tr("Valid until %1 (%n day(s) left).", nullptr, int(left)).arg(until)
                      : tr("Expired on %1.").arg(until));
    } else {
        m_ui->validUntilLabel->setText(tr("Not validated by the operator yet."));
    }
    m_history->setHistory(dossier.history);
    fitColumns(m_ui->historyTable, 260);
    m_outbox->setItems(dossier.id.isNull() ? QList<Outbox::Item>()
                                           : Outbox(m_profile.database()).forDossier(dossier.id));
    fitColumns(m_ui->outboxTable, 200);
    m_ui->retryButton->setEnabled(m_outbox->hasQueued());

    const bool saved = !dossier.id.isNull();
    const DossierStatus::Status status = dossier.effectiveStatus(today);
    m_ui->renewButton->setEnabled(saved
                                  && (status == DossierStatus::Valid || status == DossierStatus::Expired));
    m_ui->recordDecisionButton->setEnabled(saved && !RecordDecisionDialog::choices(status).isEmpty());
}

void DossierTrackingPage::setSending(bool sending)
{
    m_outbox->setSending(sending);
}

void DossierTrackingPage::retry()
{
    Outbox(m_profile.database()).retryNow(m_dossier.id, Clock::instance().currentDateTimeUtc());
    showDossier(m_dossier);
    emit retryRequested();
}

void DossierTrackingPage::recordDecision()
{
    if (m_ensureSaved && !m_ensureSaved())
        return;
    RecordDecisionDialog dialog(m_profile, m_dossier, this);
    if (dialog.exec() == QDialog::Accepted)
        emit decisionRecorded();
}

void DossierTrackingPage::renew()
{
    QString error;
    const std::optional<Dossier> renewal
        = m_profile.dossiers().renew(m_dossier.id, Profile::currentUserName(), &error);
    if (!renewal) {
        MessageBox::warning(this, tr("Renew"), error);
        return;
    }
    emit renewed(renewal->id);
}

} // namespace Mandat

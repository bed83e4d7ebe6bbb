#include "RecordDecisionDialog.h"

#include "MessageBox.h"
#include "WindowGeometry.h"
#include "core/Clock.h"
#include "store/Database.h"
#include "store/DossierStore.h"
#include "store/Profile.h"
#include "ui_RecordDecisionDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLocale>
#include <QPushButton>

namespace Mandat {

RecordDecisionDialog::RecordDecisionDialog(Profile& profile, const Dossier& dossier, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::RecordDecisionDialog)
    , m_profile(profile)
    , m_dossier(dossier)
{
    m_ui->setupUi(this);
    WindowGeometry::keep(this, QStringLiteral("record-decision"));
    const QDate today = Clock::instance().today();
    for (DossierStatus::Status s : choices(dossier.effectiveStatus(today)))
        m_ui->statusCombo->addItem(DossierStatus::label(s), int(s));
    m_ui->dateEdit->setDate(today);
    m_ui->dateEdit->setMaximumDate(today);
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, &RecordDecisionDialog::updateEffect);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &RecordDecisionDialog::updateEffect);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RecordDecisionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateEffect();
}

RecordDecisionDialog::~RecordDecisionDialog() = default;

QList<DossierStatus::Status> RecordDecisionDialog::path(DossierStatus::Status from, DossierStatus::Status to)
{
    using S = DossierStatus::Status;
    // Breadth first over the status machine; only the local steps may stand in between.
    QList<QList<S>> frontier { {} };
    QList<S> seen { from };
    while (!frontier.isEmpty()) {
        const QList<S> steps = frontier.takeFirst();
        const S at = steps.isEmpty() ? from : steps.last();
        for (S next : DossierStatus::all()) {
            if (seen.contains(next) || !DossierStatus::canTransition(at, next))
                continue;
            QList<S> longer = steps;
            longer.append(next);
            if (next == to)
                return longer;
            seen.append(next);
            if (next == DossierStatus::NotSubmitted || next == DossierStatus::Queued)
                frontier.append(longer);
        }
    }
    return {};
}

QList<DossierStatus::Status> RecordDecisionDialog::choices(DossierStatus::Status current)
{
    QList<DossierStatus::Status> out;
    for (DossierStatus::Status s : DossierStatus::all())
        if (s != current && s != DossierStatus::Queued && !path(current, s).isEmpty())
            out.append(s);
    return out;
}

DossierStatus::Status RecordDecisionDialog::chosen() const
{
    return DossierStatus::Status(m_ui->statusCombo->currentData().toInt());
}

void RecordDecisionDialog::updateEffect()
{
    const bool any = m_ui->statusCombo->count() > 0;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(any);
    if (!any) {
        m_ui->effectLabel->setText(tr("No decision can be recorded from the status \"%1\".")
                                       .arg(DossierStatus::label(m_dossier.status)));
        return;
    }
    const DossierStatus::Status s = chosen();
    const bool rejected = s == DossierStatus::Rejected;
    m_ui->reasonEdit->setPlaceholderText(rejected ? tr("Required: the reason the operator gave")
                                                  : tr("Optional"));
    QString effect;
    if (s == DossierStatus::Valid)
        effect = tr("The mandate will be valid until %1 (one year from the decision).")
                     .arg(QLocale().toString(DossierStatus::validUntilFor(m_ui->dateEdit->date()),
                                             QLocale::LongFormat));
    else if (rejected)
        effect = tr("The reason is shown at the top of the dossier, so it can be fixed and submitted again.");
    else if (s == DossierStatus::UnderReview)
        effect = tr("The dossier is marked as submitted and waiting for the operator.");
    m_ui->effectLabel->setText(effect);
}

void RecordDecisionDialog::accept()
{
    if (m_ui->statusCombo->count() == 0)
        return;
    const DossierStatus::Status s = chosen();
    const QString reason = m_ui->reasonEdit->text().simplified();
    if (s == DossierStatus::Rejected && reason.isEmpty()) {
        MessageBox::warning(this, windowTitle(), tr("Enter the reason the operator gave for the rejection."));
        m_ui->reasonEdit->setFocus();
        return;
    }
    const QList<DossierStatus::Status> steps = path(m_dossier.effectiveStatus(Clock::instance().today()), s);
    const QString by = Profile::currentUserName();
    QString error;
    const bool ok = m_profile.database().transaction(
        [&](QString* err) {
            for (int i = 0; i < steps.size(); ++i) {
                const bool last = i == steps.size() - 1;
                if (!m_profile.dossiers().setStatus(m_dossier.id, steps.at(i), m_ui->dateEdit->date(),
                                                    last ? reason : tr("Recorded by hand"), by, nullptr, err))
                    return false;
            }
            return true;
        },
        &error);
    if (!ok) {
        MessageBox::warning(this, windowTitle(), error);
        return;
    }
    QDialog::accept();
}

} // namespace Mandat

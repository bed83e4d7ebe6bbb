#include "ConflictDialog.h"

#include "WindowGeometry.h"
#include "ui_ConflictDialog.h"

#include <QButtonGroup>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>

namespace Mandat {

ConflictDialog::ConflictDialog(const QString& dossierName, const SyncState::Conflict& conflict,
                               const QList<Conflicts::Field>& fields, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::ConflictDialog)
{
    m_ui->setupUi(this);
    WindowGeometry::keep(this, QStringLiteral("conflict"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Keep these choices"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Decide later"));
    const QString who = conflict.theirBy.isEmpty() ? tr("another seat") : conflict.theirBy;
    m_ui->introLabel->setText(tr("<b>%1</b> was changed on the portal by %2 (version %3) while it was "
                                 "changed on this computer too. "
                                 "Nothing was overwritten: for each field below, choose the value to keep. "
                                 "The result is shared at the "
                                 "next sync, and both versions stay in the dossier's history.")
                                  .arg(dossierName.toHtmlEscaped(), who.toHtmlEscaped())
                                  .arg(conflict.theirVersion));

    auto header = [](const QString& text) {
        auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()));
        return label;
    };
    QGridLayout* grid = m_ui->fieldsGrid;
    grid->addWidget(header(tr("Field")), 0, 0);
    grid->addWidget(header(tr("On this computer")), 0, 1);
    grid->addWidget(header(tr("On the portal (%1)").arg(who)), 0, 2);
    int line = 1;
    for (const Conflicts::Field& f : fields) {
        Row row;
        row.key = f.key;
        row.group = new QButtonGroup(this);
        row.mine = new QRadioButton(f.mine.isEmpty() ? tr("(empty)") : f.mine);
        row.theirs = new QRadioButton(f.theirs.isEmpty() ? tr("(empty)") : f.theirs);
        row.mine->setObjectName(QStringLiteral("mine_") + f.key);
        row.theirs->setObjectName(QStringLiteral("theirs_") + f.key);
        row.mine->setAccessibleName(tr("%1 as on this computer").arg(f.label));
        row.theirs->setAccessibleName(tr("%1 as on the portal").arg(f.label));
        row.group->addButton(row.mine);
        row.group->addButton(row.theirs);
        auto* label = new QLabel(f.label);
        label->setBuddy(row.mine);
        grid->addWidget(label, line, 0);
        grid->addWidget(row.mine, line, 1);
        grid->addWidget(row.theirs, line, 2);
        connect(row.group, &QButtonGroup::buttonClicked, this, &ConflictDialog::updateState);
        m_rows.append(row);
        ++line;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(line, 1);
    connect(m_ui->allMineButton, &QPushButton::clicked, this, [this] { takeAll(Conflicts::Side::Mine); });
    connect(m_ui->allTheirsButton, &QPushButton::clicked, this, [this] { takeAll(Conflicts::Side::Theirs); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

ConflictDialog::~ConflictDialog() = default;

QHash<QString, Conflicts::Side> ConflictDialog::choices() const
{
    QHash<QString, Conflicts::Side> chosen;
    for (const Row& r : m_rows) {
        if (r.mine->isChecked())
            chosen.insert(r.key, Conflicts::Side::Mine);
        else if (r.theirs->isChecked())
            chosen.insert(r.key, Conflicts::Side::Theirs);
    }
    return chosen;
}

void ConflictDialog::takeAll(Conflicts::Side side)
{
    for (const Row& r : std::as_const(m_rows))
        (side == Conflicts::Side::Mine ? r.mine : r.theirs)->setChecked(true);
    updateState();
}

void ConflictDialog::updateState()
{
    const int left = int(m_rows.size() - choices().size());
    m_ui->remainingLabel->setText(left ? tr("%n field(s) left to choose.", nullptr, left)
                                       : tr("Every field has its value."));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(left == 0);
}

} // namespace Mandat

#pragma once

#include "sync/Conflicts.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QScopedPointer>

class QButtonGroup;
class QRadioButton;

namespace Ui {
class ConflictDialog;
}

namespace Mandat {

/*
 * The two versions of a dossier changed here and by another seat, side by side: one row per
 * field that differs, this computer's value on the left and the portal's on the right, each a
 * choice. OK is enabled once every row has one; nothing is taken by default. The radio
 * buttons are named "mine_FIELD" and "theirs_FIELD".
 */
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const QString& dossierName, const SyncState::Conflict& conflict,
                   const QList<Conflicts::Field>& fields, QWidget* parent = nullptr);
    ~ConflictDialog() override;

    // The side chosen for each field (every field once OK is enabled).
    QHash<QString, Conflicts::Side> choices() const;

private:
    void takeAll(Conflicts::Side side);
    void updateState();

    QScopedPointer<Ui::ConflictDialog> m_ui;
    struct Row
    {
        QString key;
        QButtonGroup* group;
        QRadioButton* mine;
        QRadioButton* theirs;
    };
    QList<Row> m_rows;
};

} // namespace Mandat

#pragma once

#include "model/Company.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class ProviderDialog;
}

namespace Mandat {

class DossierStore;

/*
 * The provider's identity (the user's own company), asked once at first launch and
 * editable from the settings. The SIREN is checked as it is typed; Save refuses an
 * invalid one.
 */
class ProviderDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProviderDialog(DossierStore& store, QWidget* parent = nullptr);
    ~ProviderDialog() override;

    Company company() const;

public slots:
    void accept() override;

private:
    void updateSiren();

    QScopedPointer<Ui::ProviderDialog> m_ui;
    DossierStore& m_store;
    Company m_company;
};

} // namespace Mandat

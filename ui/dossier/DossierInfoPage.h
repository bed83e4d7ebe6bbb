#pragma once

#include "model/Dossier.h"

#include <QScopedPointer>
#include <QWidget>

namespace Ui {
class DossierInfoPage;
}

namespace Mandat {

/*
 * The dossier window's first tab: what the mandate prints about the client (name, legal
 * form, share capital, SIREN checked as it is typed, address, RCS city, representative),
 * the use, and the numbers with what the numbering plan allows for that use. Edits the
 * dossier it is given; says so with edited().
 */
class DossierInfoPage : public QWidget
{
    Q_OBJECT

public:
    explicit DossierInfoPage(QWidget* parent = nullptr);
    ~DossierInfoPage() override;

    // Shows `dossier`; later edits of the numbers go to it directly, the fields on readFields().
    void setDossier(Dossier* dossier);
    // Copies the fields into the dossier.
    void readFields() const;
    // The name field, focused with its text selected.
    void focusName(bool selectAll = false);
    // The name as saved (a blank name takes the company's).
    void showName(const QString& name);

signals:
    void edited();

private:
    void updateSiren();
    void updateNumberHint();
    void addNumber();
    void removeNumber();
    void fillNumbers();

    QScopedPointer<Ui::DossierInfoPage> m_ui;
    Dossier* m_dossier = nullptr;
    bool m_loading = false;
};

} // namespace Mandat

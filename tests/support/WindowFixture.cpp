#include "WindowFixture.h"

#include "DossierEditor.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "model/Company.h"
#include "store/Profile.h"
#include "sync/CredentialStore.h"

#include <QTemporaryDir>
#include <QTest>

namespace Mandat {

namespace WindowFixture {

bool open(QScopedPointer<QTemporaryDir>& profileDir, QScopedPointer<Profile>& profile,
          QScopedPointer<MemoryCredentialStore>& credentials, QScopedPointer<MainWindow>& window,
          QString* error)
{
    profileDir.reset(new QTemporaryDir);
    profile.reset(new Profile);
    if (!profile->open(profileDir->path(), error))
        return false;
    Company provider;
    provider.legalName = QStringLiteral("Horizon Contact");
    provider.siren = QStringLiteral("732829320");
    provider.rcsCity = QStringLiteral("Lyon");
    if (!profile->dossiers().setProvider(provider, error))
        return false;
    credentials.reset(new MemoryCredentialStore);
    window.reset(new MainWindow(*profile, credentials.data()));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.data())) {
        *error = QStringLiteral("the main window was not shown");
        return false;
    }
    return true;
}

void close(QScopedPointer<MainWindow>& window, QScopedPointer<Profile>& profile)
{
    if (window) {
        for (DossierEditor* e : window->findChildren<DossierEditor*>()) {
            MessageBox::setNextAnswer(QMessageBox::Discard);
            e->close();
        }
    }
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    window.reset();
    profile.reset();
}

} // namespace WindowFixture

} // namespace Mandat

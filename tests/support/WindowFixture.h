#pragma once

#include <QScopedPointer>
#include <QString>

class QTemporaryDir;

namespace Mandat {

class MainWindow;
class MemoryCredentialStore;
class Profile;

/*
 * Where the GUI tests start: a new profile whose provider is set (Horizon Contact), and the
 * main window on it, shown, with the session kept in memory. close() discards what open
 * editors hold, then closes the window and the profile.
 */
namespace WindowFixture {

bool open(QScopedPointer<QTemporaryDir>& profileDir, QScopedPointer<Profile>& profile,
          QScopedPointer<MemoryCredentialStore>& credentials, QScopedPointer<MainWindow>& window,
          QString* error);
void close(QScopedPointer<MainWindow>& window, QScopedPointer<Profile>& profile);

} // namespace WindowFixture

} // namespace Mandat

#pragma once

#include <QString>

class QWidget;

namespace Mandat {

/*
 * The file dialogs the GUI asks a path with, so a test can give the next answer
 * (setNextSaveFileName) instead of a native dialog blocking it, as MessageBox does for
 * questions. Without a next answer, the real dialog is shown.
 */
class FileDialog
{
public:
    // As QFileDialog::getSaveFileName; *selectedFilter receives the filter the user chose.
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                   const QString& filters, QString* selectedFilter = nullptr);

    // The next save dialog answers `path` (empty: cancelled) with `filter` chosen, at once. Applies once.
    static void setNextSaveFileName(const QString& path, const QString& filter = {});
};

} // namespace Mandat

#include "FileDialog.h"

#include <QFileDialog>
#include <optional>

namespace Mandat {

namespace {
struct Answer
{
    QString path;
    QString filter;
};
std::optional<Answer> g_nextSave;
} // namespace

void FileDialog::setNextSaveFileName(const QString& path, const QString& filter)
{
    g_nextSave = Answer { path, filter };
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                    const QString& filters, QString* selectedFilter)
{
    if (g_nextSave) {
        const Answer answer = *g_nextSave;
        g_nextSave.reset();
        if (selectedFilter)
            *selectedFilter = answer.filter;
        return answer.path;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggested, filters, selectedFilter);
}

} // namespace Mandat

#include "FileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace sl::ui {

QString FileDialog::s_nextFileName;

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                    const QString& filter)
{
    if (!s_nextFileName.isEmpty()) {
        const QString name = s_nextFileName;
        s_nextFileName.clear();
        return name;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, caption, QDir(dir).filePath(suggestedName), filter);
}

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& filter,
                                    const QString& startIn)
{
    if (!s_nextFileName.isEmpty()) {
        const QString name = s_nextFileName;
        s_nextFileName.clear();
        return name;
    }
    const QString dir
        = startIn.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) : startIn;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

void FileDialog::setNextFileName(const QString& fileName)
{
    s_nextFileName = fileName;
}

} // namespace sl::ui

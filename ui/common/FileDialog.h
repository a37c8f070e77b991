#pragma once

#include <QString>

class QWidget;

namespace sl::ui {

// Save dialogs go through here so that GUI tests can give the next file name without a native dialog,
// as KeePassXC's FileDialog does.
class FileDialog
{
public:
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                   const QString& filter);
    // startIn: the folder shown first (empty: the pictures folder, where scans and photos usually are).
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& filter,
                                   const QString& startIn = QString());
    // Tests: the next save or open dialog returns this name at once.
    static void setNextFileName(const QString& fileName);

private:
    static QString s_nextFileName;
};

} // namespace sl::ui

#include "TextDrafts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace sl::core {

TextDrafts::TextDrafts(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    m_folder = info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-drafts"));
}

QString TextDrafts::pathOf(const QString& key) const
{
    return QDir(m_folder).filePath(key + QStringLiteral(".txt"));
}

bool TextDrafts::write(const QString& key, const QString& text) const
{
    if (!QDir().mkpath(m_folder)) {
        return false;
    }
    // Whole or not at all: a kill in the middle leaves the previous draft.
    QSaveFile file(pathOf(key));
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.write(text.toUtf8());
    return file.commit();
}

std::optional<QString> TextDrafts::read(const QString& key) const
{
    QFile file(pathOf(key));
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QString text = QString::fromUtf8(file.readAll());
    file.close();
    return text;
}

void TextDrafts::remove(const QString& key) const
{
    QFile::remove(pathOf(key));
    QDir().rmdir(m_folder); // only when empty
}

} // namespace sl::core

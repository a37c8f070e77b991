#pragma once

#include <QString>

#include <optional>

namespace sl::core {

// Texts the clerk is typing, kept beside the database (<name>-drafts/<key>.txt) from the first key press until
// they are saved into it: written at every change, so closing the window or a crash of the program loses nothing;
// the next start finds the draft and saves it. Not part of the data (nothing is audited until it is saved).
class TextDrafts
{
public:
    explicit TextDrafts(const QString& databasePath);

    bool write(const QString& key, const QString& text) const;
    std::optional<QString> read(const QString& key) const;
    void remove(const QString& key) const;
    QString folder() const { return m_folder; }

private:
    QString pathOf(const QString& key) const;

    QString m_folder;
};

} // namespace sl::core

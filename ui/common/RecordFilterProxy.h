#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace sl::ui {

// The one filter and sort of every list page, so that searching and sorting behave alike everywhere:
// - search: every word the clerk types (split at any space, the full-width one of Chinese input too) must appear
//   in the row, in any case; the row's text is the model's search role when it has one, else every column shown;
// - "show archived": rows whose archived role is true are hidden unless asked for;
// - sort: by the model's sort role, which gives typed values (a date as a QDate, a count as a number, money in
//   fen), and text in pinyin order (ChineseOrder), never by character code.
// A page with filters of its own subclasses it and adds them in acceptsRow().
class RecordFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RecordFilterProxy(QObject* parent = nullptr);

    // -1 (the default): search every column's shown text.
    void setSearchRole(int role) { m_searchRole = role; }
    // -1 (the default): no row is archived.
    void setArchivedRole(int role) { m_archivedRole = role; }

    void setSearchText(const QString& text);
    void setShowArchived(bool show);
    QStringList searchWords() const { return m_words; }

    // The words of a search, case-folded.
    static QStringList words(const QString& text);
    // Whether every word appears in text (already case-folded).
    static bool containsAll(const QString& text, const QStringList& words);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    // The page's own filters, after "archived" and before the words.
    virtual bool acceptsRow(int sourceRow, const QModelIndex& sourceParent) const;

private:
    QString rowText(int sourceRow, const QModelIndex& sourceParent) const;

    int m_searchRole = -1;
    int m_archivedRole = -1;
    bool m_showArchived = false;
    QStringList m_words;
};

} // namespace sl::ui

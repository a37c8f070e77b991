#pragma once

#include <QCoreApplication>
#include <QString>

class QDialog;
class QTabWidget;

namespace sl::core {
class Database;
}

namespace sl::ui {

// Gives a record's dialog its 历史 tab: what the dialog shows goes on a first tab (详细信息), the record's own
// audit entries (HistoryView) on a second, the buttons stay below both. A new record (id 0) has no history and
// keeps its plain form.
class HistoryTab
{
    Q_DECLARE_TR_FUNCTIONS(HistoryTab)

public:
    static QTabWidget* attach(QDialog* dialog, core::Database& db, const QString& table, qint64 recordId);
    // A dialog that edits several records of one table at once: their entries as one history.
    static QTabWidget* attach(QDialog* dialog, core::Database& db, const QString& table,
                              const QList<qint64>& recordIds);
};

} // namespace sl::ui

#pragma once

#include <QWidget>

class QTableView;

namespace sl::core {
class Database;
}

namespace sl::ui {

class AuditLineModel;

// 历史: one record's own audit entries, newest first, in the log's words (time, operator, action, field, before,
// after). The tab every record dialog has.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    HistoryView(core::Database& db, const QString& table, qint64 recordId, QWidget* parent = nullptr);
    // The entries of several records of one table, as one history (the five baseline documents of an enterprise).
    HistoryView(core::Database& db, const QString& table, const QList<qint64>& recordIds, QWidget* parent = nullptr);

    AuditLineModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    // Another record (the hazards page shows the selected one's).
    void setRecord(const QString& table, qint64 recordId);

public slots:
    void reload();

private:
    core::Database& m_db;
    QString m_table;
    QList<qint64> m_recordIds;
    AuditLineModel* m_model = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace sl::ui

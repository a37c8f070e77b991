#pragma once

#include "model/AuditNames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sl::core {

// An audit entry in the clerk's words: what kind of record (企业, 服务合同, 隐患…), which one (by its name), what
// was done (新增, 修改, 归档, 恢复, 确认, 导入…) and, field by field, the label the form shows with the value before
// and after as the form shows it (规上, not `scale`; 2,000.00 元, not 200000). Pure: the names of the records an
// entry refers to by id come in as Names.
class AuditWording
{
    Q_DECLARE_TR_FUNCTIONS(AuditWording)

public:
    using Names = AuditNames;
    struct Change
    {
        QString field;
        QString before;
        QString after;
    };
    struct Line
    {
        qint64 entryId = 0;
        QDateTime at; // UTC
        QString operatorName;
        QString table;
        qint64 recordId = 0;
        QString kind;
        QString object;
        QString action;
        QList<Change> changes;
        bool sealed = true;

        // Everything shown, for the search as you type.
        QString searchText() const;
    };

    static Line describe(qint64 entryId, const QDateTime& at, const QString& operatorName, const QString& table,
                         qint64 recordId, const QString& action, const QString& beforeJson, const QString& afterJson,
                         const QString& activity, const Names& names);

    static QString kindOf(const QString& table);
    // The label of a column on its form; empty for what no form shows (ids, timestamps).
    static QString fieldLabel(const QString& table, const QString& column);
    static QString value(const QString& table, const QString& column, const QJsonValue& v, const Names& names);
    // The name by which a row is known; names lists the records it refers to.
    static QString objectName(const QString& table, qint64 recordId, const QJsonObject& row, const Names& names);
    // The tables whose records the log can show, with their kind, for the filter.
    static QList<QPair<QString, QString>> kinds(const QStringList& tables);
};

} // namespace sl::core

#pragma once

#include "db/AuditTrail.h"
#include "reports/AuditWording.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace sl::core {

// The audit log as a file: one row per changed field (an entry without fields takes one row), header
// 时间,操作人,对象类型,对象,操作,字段,原值,新值 whatever the interface language, and below the rows the chain's head
// (AuditAnchor::describe) so the paper copy anchors the trail. .csv or .xlsx by the file's suffix.
class AuditExport
{
    Q_DECLARE_TR_FUNCTIONS(AuditExport)

public:
    static QStringList header();
    static QList<QStringList> rows(const QList<AuditWording::Line>& lines);
    static bool write(const QList<AuditWording::Line>& lines, const AuditTrail::Head& head, const QString& path,
                      QString* error);
};

} // namespace sl::core

#include "ReportTable.h"

#include <QTextDocument>

namespace sl::core {

ReportTable::ReportTable(QObject* parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("reportTable"));
}

ReportTable* ReportTable::attach(QTextDocument& document)
{
    return new ReportTable(&document);
}

const ReportTable* ReportTable::of(const QTextDocument& document)
{
    return document.findChild<const ReportTable*>(QStringLiteral("reportTable"), Qt::FindDirectChildrenOnly);
}

} // namespace sl::core

#pragma once

#include <QString>

namespace sl::core {

// A kind of service the plan buys beyond the agency's obligations (标准化创建指导, 检测检验, 安全评价, …):
// data the clerk edits in the settings. An archived kind keeps its records but is not offered for new ones.
struct ServiceKind
{
    qint64 id = 0;
    QString name;
    int sortOrder = 0;
    bool archived = false;
};

} // namespace sl::core

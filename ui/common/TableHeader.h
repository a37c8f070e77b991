#pragma once

#include <QStringList>
#include <QVariant>

class QAbstractItemModel;

namespace sl::ui {

// The header every table model of a list shows: across the top, titles[section] (the titles in the order of the
// model's columns; nothing past the last); for any other orientation or role, what QAbstractItemModel gives.
class TableHeader
{
public:
    static QVariant data(const QAbstractItemModel& model, const QStringList& titles, int section,
                         Qt::Orientation orientation, int role);
};

} // namespace sl::ui

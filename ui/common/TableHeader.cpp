#include "TableHeader.h"

#include <QAbstractItemModel>

namespace sl::ui {

QVariant TableHeader::data(const QAbstractItemModel& model, const QStringList& titles, int section,
                           Qt::Orientation orientation, int role)
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return model.QAbstractItemModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= titles.size()) {
        return {};
    }
    return titles.at(section);
}

} // namespace sl::ui

#pragma once

#include <QString>

namespace sl::core {

// An area of the street (a residential community or village); every enterprise belongs to one.
struct Community
{
    qint64 id = 0;
    QString name;
    int sortOrder = 0;
    bool archived = false;

    bool operator==(const Community& other) const
    {
        return id == other.id && name == other.name && sortOrder == other.sortOrder && archived == other.archived;
    }
    bool operator!=(const Community& other) const { return !(*this == other); }
};

} // namespace sl::core

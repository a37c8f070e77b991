#pragma once

#include "model/Money.h"
#include "rules/Scorecard.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sl::core {

// A district (区) over its streets: each street's year as its own annual report gives it — enterprises served,
// obligations, hazards and 整改率, the subsidy list, the agencies — one line a street and their sum, so that a
// district figure is always the sum of the streets' own. A street is any database the program opens: on a server,
// one database per street (DatabaseLocation::withDatabase), every one the user may reach that holds SafeLedger's
// data (streetsOnServer).
class DistrictReport
{
    Q_DECLARE_TR_FUNCTIONS(DistrictReport)

public:
    struct Street
    {
        QString location;
        QString name;
        QString database; // the server database's name, or the file's
        int agencies = 0;
        int enterprisesServed = 0;
        Scorecard::Count obligations; // every kind, as the compliance export sums them
        int hazardsFound = 0;
        int hazardsClosed = 0;
        int hazardsOpen = 0;
        int hazardsOverdue = 0;
        int hazardsClosedOnTime = 0;
        int subsidyLines = 0;
        Money streetShare;

        std::optional<double> rectificationRate() const;
        void add(const Street& other);
    };

    // Every street, in the order given; false with the reason when one cannot be read (a district figure without
    // one of its streets would be wrong).
    static bool load(const QStringList& locations, int year, const QDate& asOf, DistrictReport* out, QString* error);
    // The SafeLedger databases on the server of `location` that its user may open, sorted by name.
    static QStringList streetsOnServer(const QString& location, QString* error);

    int year = 0;
    QDate asOf;
    QList<Street> streets;
    Street total() const;
};

} // namespace sl::core

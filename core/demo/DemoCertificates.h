#pragma once

#include "model/Enterprise.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace sl::core {

class Database;
class Dice;

// The demo street's certificates (证照): about two in five enterprises hold one to three, of the kinds
// they would have (a safety production licence for scale industry, a hazardous chemicals licence for
// chemical traders, operator certificates for their workers, the principal's and the safety manager's
// competence certificates). Most are valid; about one in twenty has expired and about one in twelve
// expires within the next 90 days, so the expiring lists and the dashboard have something to show.
// Issued in the past; the expiry follows the type's validity.
class DemoCertificates
{
    Q_DECLARE_TR_FUNCTIONS(DemoCertificates)

public:
    // Meant to run inside the generator's transaction, after the enterprises are written (they need
    // their ids). Draws from dice in the enterprises' order, so the same seed gives the same certificates.
    static bool write(Database& db, const QList<Enterprise>& enterprises, Dice& dice, const QDate& today,
                      QString* error);
};

} // namespace sl::core

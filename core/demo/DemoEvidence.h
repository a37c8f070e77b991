#pragma once

#include "model/ServiceRecord.h"

#include <QTemporaryDir>

namespace sl::core {

class Database;

// A few evidence files for the demo street: a drawn "sign-in sheet" image attached to every 50th
// training and drill (at most kMaxFiles), so that the evidence list, the system viewer and `check`
// have something to show. Chosen by count, not by the dice, so the rest of the street is unchanged.
class DemoEvidence
{
public:
    static constexpr int kEvery = 50;
    static constexpr int kMaxFiles = 30;

    explicit DemoEvidence(Database& db);

    // Attaches a sheet when this record's turn has come; true when nothing had to be done, too.
    bool consider(const ServiceRecord& record, QString* error);
    int attached() const { return m_attached; }

private:
    Database& m_db;
    QTemporaryDir m_dir;
    int m_seen = 0;
    int m_attached = 0;
};

} // namespace sl::core

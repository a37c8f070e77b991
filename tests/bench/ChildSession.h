#pragma once

#include "AppSettings.h"
#include "db/Database.h"

#include <QDate>
#include <QString>
#include <QTemporaryDir>

namespace sl::bench {

// What a child process of the start benchmarks has before it builds the main window, as the program has when the
// clerk starts it on `day`: the clock at that day, fresh settings in a scratch folder, and the database it opens.
class ChildSession
{
public:
    explicit ChildSession(const QDate& day);
    ChildSession(const ChildSession&) = delete;
    ChildSession& operator=(const ChildSession&) = delete;

    // Opens the database at path; false with the reason written to stderr.
    bool open(const QString& path);

    core::Database& db() { return m_db; }
    core::AppSettings& settings() { return m_settings; }

private:
    QTemporaryDir m_scratch;
    core::AppSettings m_settings;
    core::Database m_db;
};

} // namespace sl::bench

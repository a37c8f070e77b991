#pragma once

namespace sl::core {

// Named steps inside the writes that must survive a killed process or a power cut (a backup, a restore,
// a handover import). The tests prove that a kill at every one of them leaves the old state or the new one:
// SAFELEDGER_CRASH_AT=<step> makes the process die at that step, at once and without cleaning up, as a kill
// would; SAFELEDGER_CRASH_TRACE=<file> appends the name of every step passed, so a test learns them all
// from one run. Without these variables reach() costs one comparison.
class CrashPoint
{
public:
    static void reach(const char* step);
};

} // namespace sl::core

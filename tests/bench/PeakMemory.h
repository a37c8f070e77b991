#pragma once

namespace sl::bench {

// The most memory the process has held at once (resident set / working set), which is what the
// clerk's PC has to provide. Each platform keeps this high-water mark for us, so nothing has to be
// sampled while the operations run.
class PeakMemory
{
public:
    // In MiB; -1 where the platform gives no figure.
    static double peakRssMb();
};

} // namespace sl::bench

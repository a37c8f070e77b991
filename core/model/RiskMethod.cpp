#include "RiskMethod.h"

namespace sl::core {

QString riskMethodKey(RiskMethod method)
{
    return method == RiskMethod::Matrix ? QStringLiteral("matrix") : QStringLiteral("lec");
}

bool riskMethodFromKey(const QString& key, RiskMethod* out)
{
    for (RiskMethod m : { RiskMethod::Lec, RiskMethod::Matrix }) {
        if (riskMethodKey(m) == key) {
            *out = m;
            return true;
        }
    }
    return false;
}

} // namespace sl::core

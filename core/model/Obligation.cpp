#include "Obligation.h"

namespace sl::core {

QList<ObligationKind> allObligationKinds()
{
    return { ObligationKind::Survey,        ObligationKind::Baseline, ObligationKind::Inspection,
             ObligationKind::Training,      ObligationKind::Drill,    ObligationKind::YearEndReport,
             ObligationKind::RiskAssessment };
}

} // namespace sl::core

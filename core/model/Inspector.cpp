#include "Inspector.h"

namespace sl::core {

QList<Inspector> allInspectors()
{
    return { Inspector::Agency, Inspector::Street, Inspector::Joint };
}

QString inspectorKey(Inspector inspector)
{
    switch (inspector) {
    case Inspector::Agency:
        return QStringLiteral("agency");
    case Inspector::Street:
        return QStringLiteral("street");
    case Inspector::Joint:
        break;
    }
    return QStringLiteral("joint");
}

bool inspectorFromKey(const QString& key, Inspector* out)
{
    for (Inspector inspector : { Inspector::Agency, Inspector::Street, Inspector::Joint }) {
        if (inspectorKey(inspector) == key) {
            *out = inspector;
            return true;
        }
    }
    return false;
}

} // namespace sl::core

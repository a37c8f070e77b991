#pragma once

#include <QtGlobal>

class QLabel;

namespace sl::core {
class Database;
}

namespace sl::ui {

// The enterprise a dialog is about, in bold plain text at its top (objectName "enterpriseLabel"): the baseline
// documents, the risk assessment, an other service.
class EnterpriseTitle
{
public:
    static QLabel* make(core::Database& db, qint64 enterpriseId);
};

} // namespace sl::ui

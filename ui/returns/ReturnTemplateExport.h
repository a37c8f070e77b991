#pragma once

#include <QCoreApplication>

class QWidget;

namespace sl::core {
class Database;
}

namespace sl::ui {

// Asks where to save an agency's return workbook for a quarter and writes it; the Returns page and the
// Agencies page both offer it. Tells the clerk the outcome in a sentence.
class ReturnTemplateExport
{
    Q_DECLARE_TR_FUNCTIONS(ReturnTemplateExport)

public:
    static bool run(QWidget* parent, core::Database& db, qint64 agencyId, const QString& agencyName, int year,
                    int quarter);
};

} // namespace sl::ui

#include "ReturnTemplateExport.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "returns/ReturnTemplate.h"

#include <QDir>

namespace sl::ui {

bool ReturnTemplateExport::run(QWidget* parent, core::Database& db, qint64 agencyId, const QString& agencyName,
                               int year, int quarter)
{
    const QString suggested = tr("%1 %2Q%3 return.xlsx").arg(agencyName).arg(year).arg(quarter);
    const QString path = FileDialog::getSaveFileName(parent, tr("Write the return workbook"), suggested,
                                                     tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty()) {
        return false;
    }
    QString error;
    if (!core::ReturnTemplate::write(db, agencyId, year, quarter, path, &error)) {
        MessageBox::warning(parent, tr("Return workbook not written"), error);
        return false;
    }
    MessageBox::information(parent, tr("Return workbook written"),
                            tr("The return workbook of %1 for %2 Q%3 is written to %4. Send it to the agency; "
                               "import the filled-in file on the Returns page.")
                                .arg(agencyName)
                                .arg(year)
                                .arg(quarter)
                                .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace sl::ui

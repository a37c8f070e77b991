#pragma once

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

#include <functional>

class QTextDocument;

namespace sl::core {

// Saves a report document as an A4 PDF with the street's page header and footer. The file is written
// beside its target and renamed over it only when complete, so a failure never leaves half a report.
class PdfDocumentWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfDocumentWriter)

public:
    // progress: see PagedDocumentPrinter::setProgress; a cancelled report leaves no file behind.
    static bool write(const QTextDocument& document, const QString& title, const QString& streetName,
                      QPageLayout::Orientation orientation, const QString& path, QString* error,
                      std::function<bool(int, int)> progress = {});
};

} // namespace sl::core

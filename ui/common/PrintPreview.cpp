#include "PrintPreview.h"

#include "MessageBox.h"
#include "reports/PagedDocumentPrinter.h"

#include <QCoreApplication>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace sl::ui {

void PrintPreview::show(QWidget* parent, const QTextDocument& document, const QString& title, const QString& streetName,
                        QPageLayout::Orientation orientation, const QString& objectName)
{
    core::PagedDocumentPrinter pages;
    pages.setStreetName(streetName);
    pages.setTitle(title);
    pages.setOrientation(orientation);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(pages.pageLayout());
    printer.setDocName(title);
    pages.setApplyPageLayout(false);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(objectName);
    preview.setWindowTitle(tr("Print preview: %1").arg(title));
    preview.resize(1100, 800);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&](QPrinter* target) {
        QString error;
        if (!pages.print(document, *target, &error)) {
            MessageBox::warning(parent, tr("Not printed"), error);
        }
    });
    preview.exec();
}

} // namespace sl::ui

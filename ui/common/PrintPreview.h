#pragma once

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

class QTextDocument;
class QWidget;

namespace sl::ui {

// Ctrl+P for any report document: Qt's print preview with the street's page header and footer. The
// preview's own page settings win, since the clerk may switch printer or orientation there.
class PrintPreview
{
    Q_DECLARE_TR_FUNCTIONS(PrintPreview)

public:
    static void show(QWidget* parent, const QTextDocument& document, const QString& title, const QString& streetName,
                     QPageLayout::Orientation orientation, const QString& objectName);
};

} // namespace sl::ui

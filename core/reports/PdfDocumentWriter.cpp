#include "PdfDocumentWriter.h"

#include "AppInfo.h"
#include "PagedDocumentPrinter.h"
#include "db/ErrorOut.h"

#include <QDir>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace sl::core {

bool PdfDocumentWriter::write(const QTextDocument& document, const QString& title, const QString& streetName,
                              QPageLayout::Orientation orientation, const QString& path, QString* error,
                              std::function<bool(int, int)> progress)
{
    // Fonts and page layout live in Qt GUI; without a QGuiApplication, Qt would abort instead of failing.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return failWith(error, tr("Cannot save a PDF from here: the program was started without its graphical part."));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return failWith(error, tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    bool printed = false;
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("SafeLedger %1").arg(AppInfo::version()));
        PagedDocumentPrinter printer;
        printer.setStreetName(streetName);
        printer.setTitle(title);
        printer.setOrientation(orientation);
        printer.setProgress(std::move(progress));
        printed = printer.print(document, writer, error);
    }
    if (!printed) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        return failWith(error, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return true;
}

} // namespace sl::core

#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QThread>

// poppler's pdftotext and pdffonts, which read back the PDFs the program writes, for every test that checks one.
//
// Windows builds are tested under Wine on Linux, where poppler is a Linux program a Windows process cannot start.
// There SAFELEDGER_PDF_BRIDGE names a folder that installer/windows/pdf-bridge.sh watches on the Linux side: the test
// copies the PDF there with a request, the Linux side runs the tool on the very file the Windows program wrote, and
// the test reads its output. Without the bridge, the tools are looked up on PATH on every platform.
namespace PdfTools {

// The tool's standard output, or an empty string when it could not be run (the caller fails the test).
inline QString run(const QString& tool, const QString& pdf)
{
    const QString bridge = qEnvironmentVariable("SAFELEDGER_PDF_BRIDGE");
    if (!bridge.isEmpty()) {
        static int counter = 0;
        const QString id = QStringLiteral("%1-%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        const QDir dir(bridge);
        const QString copy = dir.filePath(id + QStringLiteral(".pdf"));
        QFile::remove(copy);
        if (!QFile::copy(pdf, copy)) {
            return QString();
        }
        {
            QFile request(dir.filePath(id + QStringLiteral(".part")));
            if (!request.open(QIODevice::WriteOnly)) {
                return QString();
            }
            request.write(tool.toUtf8() + '\n');
        }
        QFile::rename(dir.filePath(id + QStringLiteral(".part")), dir.filePath(id + QStringLiteral(".request")));
        QElapsedTimer waited;
        waited.start();
        const QString done = dir.filePath(id + QStringLiteral(".done"));
        while (!QFile::exists(done) && waited.elapsed() < 120000) {
            QThread::msleep(50);
        }
        QFile out(done);
        const QString text = out.open(QIODevice::ReadOnly) ? QString::fromUtf8(out.readAll()) : QString();
        out.close();
        QFile::remove(done);
        QFile::remove(copy);
        return text;
    }
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        return QString();
    }
    QStringList arguments;
    if (tool == QLatin1String("pdftotext")) {
        arguments << QStringLiteral("-enc") << QStringLiteral("UTF-8") << pdf << QStringLiteral("-");
    } else {
        arguments << pdf;
    }
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(120000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of the PDF, pages separated by form feeds.
inline QString text(const QString& pdf)
{
    return run(QStringLiteral("pdftotext"), pdf);
}

// The text of each page of the PDF, without the empty page pdftotext ends with; none when it could not be read.
inline QStringList pages(const QString& pdf)
{
    const QString all = text(pdf);
    if (all.isEmpty()) {
        return {};
    }
    QStringList out = all.split(QLatin1Char('\f'));
    if (out.last().trimmed().isEmpty()) {
        out.removeLast();
    }
    return out;
}

// pdffonts' table of the fonts in the PDF (name, type, encoding, emb, sub, uni, object ID).
inline QString fonts(const QString& pdf)
{
    return run(QStringLiteral("pdffonts"), pdf);
}

} // namespace PdfTools

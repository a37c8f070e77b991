#include "ReturnImport.h"

#include "ReturnChecker.h"
#include "ReturnWriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace sl::core {

QString ReturnImport::Preview::summary() const
{
    if (!fileProblem.isEmpty()) {
        return fileProblem;
    }
    if (sameFileAgain) {
        return tr("This file was imported already; importing it again changes nothing.");
    }
    QString text = tr("%1, %2 Q%3: %n row(s) to add", nullptr, int(additions.size()))
                       .arg(meta.agencyName)
                       .arg(meta.year)
                       .arg(meta.quarter);
    text += tr(", %n row(s) already in the ledger", nullptr, unchanged);
    if (previousReturnId > 0 && !withdrawals.isEmpty()) {
        text += tr(", %n row(s) of the earlier return %1 taken back", nullptr, int(withdrawals.size()))
                    .arg(previousFileName);
    }
    if (!refusals.isEmpty()) {
        text += tr("; %n row(s) refused, so nothing will be imported", nullptr, int(refusals.size()));
    }
    return tr("%1.", "the end of a sentence").arg(text);
}

ReturnImport::Preview ReturnImport::prepare(Database& db, const QString& path)
{
    Preview p;
    p.fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        p.fileProblem = tr("Cannot open %1: %2").arg(p.fileName, file.errorString());
        return p;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    file.close();
    ReturnWorkbook workbook;
    QString error;
    if (!ReturnWorkbook::read(path, &workbook, &error)) {
        p.fileProblem = error;
        return p;
    }
    return prepareWorkbook(db, workbook, p.fileName, QString::fromLatin1(hash.result().toHex()));
}

ReturnImport::Preview ReturnImport::prepareWorkbook(Database& db, const ReturnWorkbook& workbook,
                                                    const QString& fileName, const QString& sha256)
{
    Preview p;
    p.fileName = fileName;
    p.sha256 = sha256;
    p.meta = workbook.meta;
    ReturnChecker(db, workbook, p).run();
    return p;
}

bool ReturnImport::commit(Database& db, const Preview& preview, QString* error, QString* backupPath)
{
    return ReturnWriter(db, preview).commit(error, backupPath);
}

bool ReturnImport::recordRefusal(Database& db, const Preview& preview, QString* error)
{
    return ReturnWriter(db, preview).recordRefusal(error);
}

} // namespace sl::core

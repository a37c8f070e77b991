#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>

class QTextDocument;

namespace sl::core {

class Database;

// The street's written notices to an enterprise about its hazards, to hand over and have signed for:
//   隐患整改通知书 (rectification notice): the enterprise, each hazard with its place, grade, the demand and the
//   deadline in force, the legal basis, the issuing office with the date and room for its seal, and the receipt
//   line the enterprise signs;
//   复查意见书 (re-check opinion): after a re-check, each hazard's re-check day and outcome (passed and closed, or
//   failed and to be rectified again) with the re-checker's remark, then the same close.
// One hazard or several, all of one enterprise. Fixed Chinese like every printed form; A4 portrait.
class HazardNoticeDocument
{
    Q_DECLARE_TR_FUNCTIONS(HazardNoticeDocument)

public:
    enum class Kind { Rectification, Recheck };

    struct Built
    {
        std::unique_ptr<QTextDocument> document;
        QString title; // the form's title and the enterprise: also the page header and the file's suggested name
        QString error; // a sentence for the clerk when nothing was built
    };

    // The hazards must exist and share one enterprise; for a re-check opinion each must have been re-checked.
    static Built build(Database& db, Kind kind, const QList<qint64>& hazardIds, const QDate& issuedOn,
                       const QString& streetName);
    // The open hazards of an enterprise, by deadline (what a notice for "all open hazards" lists).
    static QList<qint64> openHazards(Database& db, qint64 enterpriseId);
    // The hazards of an enterprise re-checked on the day of its latest re-check (what its opinion lists).
    static QList<qint64> lastRechecked(Database& db, qint64 enterpriseId);

    static QString formTitle(Kind kind); // 隐患整改通知书 / 复查意见书
};

} // namespace sl::core

#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

class QTextDocument;

namespace sl::core {

// A long plain table of a report (the annual report's list of every enterprise served, the subsidy list),
// painted row by row instead of being laid out by QTextDocument: a table of thousands of rows is the slow
// part of Qt's rich-text layout. It travels with its document as a child object, so every printer of the
// document (PDF, print preview) finds it; it is printed on the pages after the document's, or alone when
// the document is empty.
class ReportTable : public QObject
{
    Q_OBJECT

public:
    struct Line
    {
        QString text;
        bool bold = false;
    };

    QString title; // centred, large and bold, above everything on the first page
    QString heading; // bold, above the table on its first page
    QString subheading; // a plain line under the heading
    QStringList header; // repeated at the top of every page
    QList<QStringList> rows;
    QSet<int> boldRows; // a totals row, say
    QList<qreal> shares; // each column's share of the width; equal shares when empty
    QList<Qt::Alignment> alignments; // per column, horizontally; left when not given
    QList<Line> closing; // lines after the last row (a total in words, signature lines)
    qreal pointSize = 9.0; // in the report font

    // Attaches the table to the document (which owns it from then on).
    static ReportTable* attach(QTextDocument& document);
    // The table attached to the document, or null.
    static const ReportTable* of(const QTextDocument& document);

private:
    explicit ReportTable(QObject* parent);
};

} // namespace sl::core

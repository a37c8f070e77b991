#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

class QTextDocument;

namespace sl::core {

// A long plain table that ends a report (the annual report's list of every enterprise served), painted
// row by row after the document's own pages instead of being laid out by QTextDocument: a table of
// thousands of rows is the slow part of Qt's rich-text layout. It travels with its document as a child
// object, so every printer of the document (PDF, print preview) finds it.
class ReportTable : public QObject
{
    Q_OBJECT

public:
    QString heading; // printed above the table on its first page
    QStringList header; // repeated at the top of every page
    QList<QStringList> rows;
    QList<qreal> shares; // each column's share of the width; equal shares when empty
    qreal pointSize = 9.0; // in the report font

    // Attaches the table to the document (which owns it from then on).
    static ReportTable* attach(QTextDocument& document);
    // The table attached to the document, or null.
    static const ReportTable* of(const QTextDocument& document);

private:
    explicit ReportTable(QObject* parent);
};

} // namespace sl::core

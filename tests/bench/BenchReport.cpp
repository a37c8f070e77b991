#include "BenchReport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

namespace sl::bench {

namespace {

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString number(const std::optional<double>& value, int decimals, const QString& none)
{
    return value ? number(*value, decimals) : none;
}

QString yesNo(const std::optional<bool>& value)
{
    if (!value) {
        return QStringLiteral("-");
    }
    return *value ? QStringLiteral("yes") : QStringLiteral("NO");
}

QString verdict(const std::optional<bool>& meetsTarget)
{
    if (!meetsTarget) {
        return QStringLiteral("-");
    }
    return *meetsTarget ? QStringLiteral("ok") : QStringLiteral("SLOW");
}

// JSON string escaping done by Qt, so that any metric name stays valid JSON.
QString jsonString(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray{ text }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace

BenchReport::BenchReport(int enterprises)
    : m_enterprises(enterprises)
{
}

void BenchReport::add(const Metric& metric)
{
    m_metrics.append(metric);
}

void BenchReport::setPeakRssMb(double mb, double targetMb)
{
    m_peakRssMb = mb;
    m_peakRssTargetMb = targetMb;
}

QString BenchReport::table() const
{
    const QStringList header
        = { QStringLiteral("name"),    QStringLiteral("median ms"), QStringLiteral("limit ms"), QStringLiteral("ratio"),
            QStringLiteral("checked"), QStringLiteral("target ms"), QStringLiteral("verdict") };
    QList<QStringList> rows;
    for (const Metric& m : m_metrics) {
        rows.append({ m.name, number(m.ms, 2), number(m.limitMs, 2, QStringLiteral("-")),
                      number(m.ratio(), 1, QStringLiteral("-")), yesNo(m.checked),
                      number(m.targetMs, 0, QStringLiteral("-")), verdict(m.meetsTarget()) });
    }
    QList<qsizetype> widths;
    for (const QString& h : header) {
        widths.append(h.size());
    }
    for (const QStringList& row : std::as_const(rows)) {
        for (int c = 0; c < row.size(); ++c) {
            widths[c] = qMax(widths.at(c), row.at(c).size());
        }
    }
    QString out;
    QTextStream s(&out);
    auto line = [&](const QStringList& cells) {
        for (int c = 0; c < cells.size(); ++c) {
            // Names read left to right, numbers line up on the right.
            s << (c == 0 || c == cells.size() - 1 ? cells.at(c).leftJustified(widths.at(c))
                                                  : cells.at(c).rightJustified(widths.at(c)));
            s << (c + 1 < cells.size() ? QStringLiteral("  ") : QString());
        }
        s << '\n';
    };
    line(header);
    QStringList rule;
    for (qsizetype w : std::as_const(widths)) {
        rule.append(QString(w, QLatin1Char('-')));
    }
    line(rule);
    for (const QStringList& row : std::as_const(rows)) {
        line(row);
    }
    s << '\n';
    if (m_peakRssMb < 0) {
        s << "peak RSS: not available on this platform\n";
    } else {
        s << "peak RSS: " << number(m_peakRssMb, 1) << " MB (target < " << number(m_peakRssTargetMb, 0)
          << " MB): " << (m_peakRssMb < m_peakRssTargetMb ? "ok" : "OVER") << '\n';
    }
    if (m_exportPeakRssMb >= 0) {
        s << "export-all peak RSS (its own process): " << number(m_exportPeakRssMb, 1) << " MB\n";
    }
    s.flush();
    return out;
}

QString BenchReport::json() const
{
    // Written by hand rather than through QJsonObject, which would sort the keys alphabetically;
    // the order reads better when runs are compared by eye.
    QString out;
    QTextStream s(&out);
    s << "{\n  \"enterprises\": " << m_enterprises << ",\n  \"metrics\": [";
    for (int i = 0; i < m_metrics.size(); ++i) {
        const Metric& m = m_metrics.at(i);
        s << (i == 0 ? "\n" : ",\n") << "    {\"name\": " << jsonString(m.name) << ", \"ms\": " << number(m.ms, 3)
          << ", \"limit_ms\": " << number(m.limitMs, 3, QStringLiteral("null"))
          << ", \"ratio\": " << number(m.ratio(), 3, QStringLiteral("null"))
          << ", \"checked\": " << (m.checked ? (*m.checked ? "true" : "false") : "null")
          << ", \"target_ms\": " << number(m.targetMs, 3, QStringLiteral("null")) << "}";
    }
    s << (m_metrics.isEmpty() ? "],\n" : "\n  ],\n");
    // -1 where the platform gives no figure, as PeakMemory reports it.
    s << "  \"peak_rss_mb\": " << number(m_peakRssMb, 1) << ",\n";
    s << "  \"export_all_peak_rss_mb\": " << number(m_exportPeakRssMb, 1) << "\n}\n";
    s.flush();
    return out;
}

bool BenchReport::writeJson(const QString& path, QString* error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error) {
            *error = QStringLiteral("%1 cannot be written: %2").arg(path, file.errorString());
        }
        return false;
    }
    const QByteArray bytes = json().toUtf8();
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        if (error) {
            *error = QStringLiteral("%1 could not be written completely: %2").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace sl::bench

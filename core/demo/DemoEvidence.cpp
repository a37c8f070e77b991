#include "DemoEvidence.h"

#include "db/EvidenceRepository.h"

#include <QImage>
#include <QPainter>

namespace sl::core {

DemoEvidence::DemoEvidence(Database& db)
    : m_db(db)
{
}

bool DemoEvidence::consider(const ServiceRecord& record, QString* error)
{
    if ((record.kind != RecordKind::Training && record.kind != RecordKind::Drill) || m_attached >= kMaxFiles
        || ++m_seen % kEvery != 0) {
        return true;
    }
    if (!m_dir.isValid()) {
        return true; // no scratch folder: the street simply has fewer evidence files
    }
    // A sheet of ruled lines with one row per person; lines only, so no font is needed without a screen.
    const int rows = std::clamp(record.peopleCount, 1, 40);
    QImage sheet(600, 120 + rows * 18, QImage::Format_RGB32);
    sheet.fill(Qt::white);
    {
        QPainter p(&sheet);
        p.setPen(QPen(QColor(0x33, 0x33, 0x33), 2));
        p.drawRect(20, 20, 560, sheet.height() - 40);
        p.setPen(QPen(QColor(0x88, 0x88, 0x88), 1));
        for (int i = 0; i <= rows; ++i) {
            p.drawLine(20, 80 + i * 18, 580, 80 + i * 18);
        }
        for (int x : { 70, 250, 430 }) {
            p.drawLine(x, 80, x, 80 + rows * 18);
        }
        // A signature-like stroke per attendee, different for every record.
        p.setPen(QPen(QColor(0x1a, 0x3a, 0x8a), 2));
        for (int i = 0; i < rows; ++i) {
            const int y = 80 + i * 18 + 12;
            const int w = 60 + static_cast<int>((record.id * 37 + i * 11) % 90);
            p.drawLine(260, y, 260 + w, y - 6);
        }
    }
    const QString path = m_dir.filePath(QStringLiteral("sign-in-%1.png").arg(record.id));
    if (!sheet.save(path, "PNG")) {
        return true;
    }
    if (!EvidenceRepository(m_db).attach(QStringLiteral("service_record"), record.id, path, nullptr, error)) {
        return false;
    }
    ++m_attached;
    return true;
}

} // namespace sl::core

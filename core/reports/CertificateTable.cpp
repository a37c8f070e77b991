#include "CertificateTable.h"

#include "db/CertificateRepository.h"
#include "db/EnterpriseRepository.h"
#include "io/CsvWriter.h"

#include <QHash>

namespace sl::core {

namespace {

// Columns holding the program's own figures (the expiry date and the days left), written untouched.
constexpr int kExpiresColumn = 4;
constexpr int kDaysColumn = 5;

} // namespace

// The Chinese texts are escapes so that every compiler reads the source alike; each is named in pinyin.

QStringList CertificateTable::header()
{
    return {
        QStringLiteral("\u4f01\u4e1a\u540d\u79f0"), // qi ye ming cheng, enterprise name
        QStringLiteral("\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801"), // unified social credit code
        QStringLiteral("\u8bc1\u7167\u7c7b\u578b"), // zheng zhao lei xing, certificate type
        QStringLiteral("\u8bc1\u7167\u7f16\u53f7"), // zheng zhao bian hao, certificate number
        QStringLiteral("\u6709\u6548\u671f\u81f3"), // you xiao qi zhi, valid until
        QStringLiteral("\u5269\u4f59\u5929\u6570"), // sheng yu tian shu, days left
        QStringLiteral("\u72b6\u6001"), // zhuang tai, status
    };
}

QString CertificateTable::statusText(CertificateStatus::State state)
{
    switch (state) {
    case CertificateStatus::State::Expired:
        return QStringLiteral("\u5df2\u8fc7\u671f"); // yi guo qi, expired
    case CertificateStatus::State::Expiring:
        return QStringLiteral("\u5373\u5c06\u5230\u671f"); // ji jiang dao qi, expiring soon
    case CertificateStatus::State::Valid:
        break;
    }
    return QStringLiteral("\u6709\u6548"); // you xiao, valid
}

QStringList CertificateTable::row(const Certificate& c, const QString& enterpriseName, const QString& creditCode,
                                  const QString& typeName, const QDate& asOf, int days)
{
    return { enterpriseName,
             creditCode,
             typeName,
             c.number,
             c.expiresOn.toString(Qt::ISODate),
             QString::number(CertificateStatus::remainingDays(c.expiresOn, asOf)),
             statusText(CertificateStatus::state(c.expiresOn, asOf, days)) };
}

QList<QStringList> CertificateTable::rows(Database& db, const QDate& asOf, int days)
{
    QHash<qint64, QPair<QString, QString>> enterprises; // name, credit code
    for (const Enterprise& e : EnterpriseRepository(db).listNames()) {
        enterprises.insert(e.id, { e.name, e.creditCode });
    }
    CertificateRepository repository(db);
    QHash<qint64, QString> types;
    for (const CertificateType& t : repository.types(true)) {
        types.insert(t.id, t.name);
    }
    QList<QStringList> out;
    for (const Certificate& c : repository.expiring(asOf, days)) {
        const auto& [name, code] = enterprises.value(c.enterpriseId);
        out.append(row(c, name, code, types.value(c.typeId), asOf, days));
    }
    return out;
}

bool CertificateTable::writeCsv(Database& db, const QString& path, const QDate& asOf, int days, QString* error)
{
    if (days < 0) {
        if (error) {
            *error = tr("The number of days must be 0 or more, not %1.").arg(days);
        }
        return false;
    }
    if (!asOf.isValid()) {
        if (error) {
            *error = tr("The certificate list needs a valid as-of date.");
        }
        return false;
    }
    CsvWriter csv(path);
    if (!csv.open(error)) {
        return false;
    }
    csv.addTextRow(header());
    for (const QStringList& cells : rows(db, asOf, days)) {
        // Dates and day counts are the program's own (a negative count must stay a number); names, types and
        // numbers come from the clerk.
        csv.addRow(cells, { kExpiresColumn, kDaysColumn });
    }
    return csv.commit(error);
}

} // namespace sl::core

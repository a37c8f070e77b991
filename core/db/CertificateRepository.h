#pragma once

#include "model/Certificate.h"
#include "model/CertificateType.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace sl::core {

class Database;

// Certificate types and the enterprises' certificates (证照). Nothing is deleted: a certificate that
// was replaced or entered by mistake is archived and can be restored; a type is archived so that no new
// certificate takes it, while the certificates that have it keep it. Their own fields are checked by
// CertificateValidator; here, what needs the file.
class CertificateRepository
{
    Q_DECLARE_TR_FUNCTIONS(CertificateRepository)

public:
    explicit CertificateRepository(Database& db);

    // In the clerk's order (sort order, then name).
    QList<CertificateType> types(bool includeArchived = true) const;
    std::optional<CertificateType> findType(qint64 id) const;
    // Sets type.id, and a sort order after the last type when none is given.
    bool insertType(CertificateType& type, QString* error);
    bool updateType(const CertificateType& type, QString* error);
    bool setTypeArchived(qint64 id, bool archived, QString* error);

    // Ordered by expiry date, then id.
    QList<Certificate> list(bool includeArchived = true) const;
    QList<Certificate> listOf(qint64 enterpriseId, bool includeArchived = true) const;
    std::optional<Certificate> find(qint64 id) const;
    // Sets certificate.id on success.
    bool insert(Certificate& certificate, QString* error);
    bool update(const Certificate& certificate, QString* error);
    bool archive(qint64 id, QString* error);
    bool restore(qint64 id, QString* error);

    // The certificates that need the clerk: expired on asOf, or expiring within days of it (0 to days
    // days left, both included). Only certificates in use, of enterprises in the register; soonest
    // expiry first.
    QList<Certificate> expiring(const QDate& asOf, int days) const;

private:
    bool check(const Certificate& certificate, QString* error) const;
    bool checkType(const CertificateType& type, QString* error) const;
    bool setArchived(qint64 id, bool archived, QString* error);
    QList<Certificate> select(const QString& where, const QVariantList& values) const;

    Database& m_db;
};

} // namespace sl::core

#pragma once

#include <QByteArray>
#include <QString>

namespace sl::core {

// An operator's password as it is kept: "pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>", a random salt
// and PBKDF2-HMAC-SHA256 (RFC 8018), slow on purpose, so the file never holds the password and a stolen copy
// does not give it away quickly. (Qt's QPasswordDigestor does the same, but lives in Qt Network, which the
// program does not ship.)
class PasswordHash
{
public:
    static constexpr int kIterations = 120000;

    static QString make(const QString& password);
    static bool matches(const QString& password, const QString& stored);
    static QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations, int length);
};

} // namespace sl::core

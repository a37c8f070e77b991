#include "PasswordHash.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QStringList>

namespace sl::core {

namespace {

constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;

// Compares without stopping at the first difference.
bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    }
    return diff == 0;
}

} // namespace

QByteArray PasswordHash::pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations, int length)
{
    QByteArray out;
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    for (quint32 block = 1; out.size() < length; ++block) {
        QByteArray first = salt;
        first.append(static_cast<char>((block >> 24) & 0xff));
        first.append(static_cast<char>((block >> 16) & 0xff));
        first.append(static_cast<char>((block >> 8) & 0xff));
        first.append(static_cast<char>(block & 0xff));
        mac.reset();
        mac.addData(first);
        QByteArray u = mac.result();
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            mac.reset();
            mac.addData(u);
            u = mac.result();
            for (qsizetype k = 0; k < t.size(); ++k) {
                t[k] = static_cast<char>(t.at(k) ^ u.at(k));
            }
        }
        out.append(t);
    }
    return out.left(length);
}

QString PasswordHash::make(const QString& password)
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    for (qsizetype i = 0; i < salt.size(); ++i) {
        salt[i] = static_cast<char>(QRandomGenerator::system()->bounded(256));
    }
    const QByteArray hash = pbkdf2Sha256(password.toUtf8(), salt, kIterations, kHashBytes);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(kIterations)
        .arg(QString::fromLatin1(salt.toHex()), QString::fromLatin1(hash.toHex()));
}

bool PasswordHash::matches(const QString& password, const QString& stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != QLatin1String("pbkdf2-sha256")) {
        return false;
    }
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    const QByteArray salt = QByteArray::fromHex(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromHex(parts.at(3).toLatin1());
    if (!ok || iterations < 1 || salt.isEmpty() || expected.isEmpty()) {
        return false;
    }
    return sameBytes(pbkdf2Sha256(password.toUtf8(), salt, iterations, static_cast<int>(expected.size())), expected);
}

} // namespace sl::core

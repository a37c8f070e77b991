#pragma once

#include <QString>

namespace sl::core {

// One of the office's staff who works in the ledger (操作人员). The password, when there is one, is kept only as a
// salted slow hash (PasswordHash); an inactive operator stays in the list (the trail names them) but cannot work.
struct Operator
{
    qint64 id = 0;
    QString name; // 姓名
    QString title; // 职务
    QString passwordHash; // empty: no password
    bool active = true;

    bool hasPassword() const { return !passwordHash.isEmpty(); }
};

} // namespace sl::core

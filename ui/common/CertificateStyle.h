#pragma once

#include "rules/CertificateStatus.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace sl::ui {

// How a certificate's state is shown, always as text and colour together: expired red, expiring amber,
// valid green, in the palette StatusStyle gives obligations.
class CertificateStyle
{
    Q_DECLARE_TR_FUNCTIONS(CertificateStyle)

public:
    static QString text(core::CertificateStatus::State state);
    static QColor foreground(core::CertificateStatus::State state);
};

} // namespace sl::ui

#pragma once

#include "model/Obligation.h"

#include <QColor>
#include <QDate>

namespace sl::ui {

// Status is shown by text and colour together, never colour alone: done green, not yet due grey,
// due within two weeks amber, overdue red (ui.md).
class StatusStyle
{
public:
    static QColor foreground(core::ObligationStatus status, const QDate& due, const QDate& today);
};

} // namespace sl::ui

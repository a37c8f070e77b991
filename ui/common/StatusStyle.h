#pragma once

#include "model/Obligation.h"

#include <QColor>
#include <QDate>
#include <QString>

namespace sl::ui {

// Status is shown by text and colour together, never colour alone: done green, not yet due grey,
// due within two weeks amber, overdue red (ui.md). The one palette of every page: a colour that means a
// state is taken from here, so that red, amber and green mean the same everywhere.
class StatusStyle
{
public:
    enum class Tone {
        Good, // done, in force, valid
        Soon, // due soon, expiring, waiting for something
        Bad, // overdue, expired, refused, an error
        Idle, // not yet due
        Muted, // voided, not applicable, repeated
    };

    static QColor colour(Tone tone);
    // For a label: "color: #rrggbb;".
    static QString styleSheet(Tone tone);
    static QColor foreground(core::ObligationStatus status, const QDate& due, const QDate& today);
};

} // namespace sl::ui

#pragma once

#include <QComboBox>

namespace sl::core {
class Database;
}

namespace sl::ui {

// Picks an enterprise by typing part of its name or credit code (a district has thousands): an editable
// list with a contains-completer. Only an entry picked from the list counts, never half-typed text.
class EnterpriseCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit EnterpriseCombo(QWidget* parent = nullptr);

    // Lists the enterprises (the archived ones too when asked), none chosen; signals are not emitted.
    void load(core::Database& db, bool includeArchived);
    // The enterprise picked from the list, 0 while the text matches none.
    qint64 enterpriseId() const;
};

} // namespace sl::ui

#include "EnterpriseCombo.h"

#include "db/EnterpriseRepository.h"

#include <QCompleter>
#include <QSignalBlocker>

namespace sl::ui {

EnterpriseCombo::EnterpriseCombo(QWidget* parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("enterpriseCombo"));
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
}

void EnterpriseCombo::load(core::Database& db, bool includeArchived)
{
    const QSignalBlocker block(this);
    clear();
    for (const core::Enterprise& e : core::EnterpriseRepository(db).listNames()) {
        if (includeArchived || !e.isArchived()) {
            addItem(e.name + QStringLiteral("  ") + e.creditCode, e.id);
        }
    }
    setCurrentIndex(-1);
}

qint64 EnterpriseCombo::enterpriseId() const
{
    const int index = findText(currentText());
    return index >= 0 ? itemData(index).toLongLong() : 0;
}

} // namespace sl::ui

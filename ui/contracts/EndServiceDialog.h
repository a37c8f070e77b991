#pragma once

#include "model/Contract.h"
#include "model/Coverage.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <QStringList>

class QDateEdit;

namespace sl::core {
class Database;
}

namespace sl::ui {

class FormFrame;

// Ends the service of one or more enterprises under a contract on a last day: the enterprise left
// the programme. The rows stay, with their end, so the years served are still counted.
class EndServiceDialog : public QDialog
{
    Q_OBJECT

public:
    EndServiceDialog(core::Database& db, const core::Contract& contract, const QList<core::Coverage>& coverages,
                     const QStringList& enterpriseNames, const QDate& today, QWidget* parent = nullptr);

    QDate lastDay() const;

public slots:
    void accept() override;

private:
    core::Database& m_db;
    QList<core::Coverage> m_coverages;
    QDateEdit* m_lastDay = nullptr;
    FormFrame* m_frame = nullptr;
};

} // namespace sl::ui

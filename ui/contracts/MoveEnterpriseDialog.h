#pragma once

#include "model/Contract.h"
#include "model/Coverage.h"

#include <QDate>
#include <QDialog>
#include <QHash>
#include <QList>
#include <QStringList>

class QComboBox;
class QDateEdit;
class QLabel;

namespace sl::core {
class Database;
}

namespace sl::ui {

class FormFrame;

// Moves one or more enterprises from a contract to another (another lot, or the agency that won
// the next tender) on a first day: the old service ends the day before, the new one starts then,
// and both stay on record so the participation years keep counting across agencies.
class MoveEnterpriseDialog : public QDialog
{
    Q_OBJECT

public:
    MoveEnterpriseDialog(core::Database& db, const core::Contract& from, const QList<core::Coverage>& coverages,
                         const QStringList& enterpriseNames, const QDate& today, QWidget* parent = nullptr);

    qint64 targetContractId() const;
    QDate firstDay() const;

public slots:
    void accept() override;

private:
    void targetChanged();
    void revalidate();

    core::Database& m_db;
    core::Contract m_from;
    QList<core::Coverage> m_coverages;
    QDate m_today;
    QDate m_latestStart;
    QHash<qint64, core::Contract> m_targets;
    QHash<qint64, QString> m_agencyNames;

    QComboBox* m_target = nullptr;
    QLabel* m_targetError = nullptr;
    QDateEdit* m_firstDay = nullptr;
    QLabel* m_firstDayError = nullptr;
    QLabel* m_summary = nullptr;
    FormFrame* m_frame = nullptr;
};

} // namespace sl::ui

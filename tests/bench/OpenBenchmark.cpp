#include "OpenBenchmark.h"

#include "TimingSamples.h"
#include "db/Database.h"
#include "enterprises/EnterpriseFilterProxy.h"
#include "enterprises/EnterpriseTableModel.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace sl::bench {

namespace {

bool fail(QString* error, const QString& message)
{
    if (error) {
        *error = message;
    }
    return false;
}

// The roles QStyledItemDelegate::initStyleOption and paint ask for on every visible cell.
constexpr int kViewRoles[] = { Qt::DisplayRole,    Qt::DecorationRole, Qt::FontRole,      Qt::TextAlignmentRole,
                               Qt::ForegroundRole, Qt::BackgroundRole, Qt::CheckStateRole };

} // namespace

OpenBenchmark::OpenBenchmark(const QString& path)
    : m_path(path)
{
}

bool OpenBenchmark::run(int repeat, TimingSamples* open, TimingSamples* limit, QString* error)
{
    for (int i = 0; i < repeat; ++i) {
        if (!limitOnce(limit, error) || !openOnce(open, error)) {
            return false;
        }
    }
    return true;
}

bool OpenBenchmark::openOnce(TimingSamples* samples, QString* error)
{
    // Closing the database (and freeing the model) is not part of what the clerk waits for, so the
    // timer is read before these go out of scope.
    core::Database db;
    QElapsedTimer timer;
    timer.start();
    qint64 mark = 0;
    // Phase boundaries are read from the same timer, so the phases add up to the whole.
    auto phase = [&timer, &mark](TimingSamples& samples) {
        const qint64 now = timer.nsecsElapsed();
        samples.addNanoseconds(now - mark);
        mark = now;
    };
    if (!db.open(m_path, error)) {
        return false;
    }
    phase(m_phases.database);
    ui::EnterpriseTableModel model(db);
    ui::EnterpriseFilterProxy proxy;
    proxy.setSourceModel(&model);
    // Same order as EnterprisesPage: load, then the header sorts by name.
    model.reload();
    phase(m_phases.reload);
    proxy.sort(ui::EnterpriseTableModel::Name, Qt::AscendingOrder);
    phase(m_phases.sort);
    const int texts = readFirstPage(proxy);
    phase(m_phases.firstPage);
    const qint64 ns = mark;
    if (model.rowCount() > 0 && texts == 0) {
        return fail(error, QStringLiteral("The enterprise table showed no text on its first page."));
    }
    samples->addNanoseconds(ns);
    return true;
}

bool OpenBenchmark::limitOnce(TimingSamples* samples, QString* error)
{
    const QString connectionName = QStringLiteral("safeledger-bench-limit");
    bool ok = true;
    {
        QElapsedTimer timer;
        timer.start();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(m_path);
        if (!db.open()) {
            ok = fail(error,
                      QStringLiteral("The limit connection cannot open %1: %2").arg(m_path, db.lastError().text()));
        } else {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            // The columns EnterpriseRepository reads: the same data, without the program around it.
            // Hand-written SQL is fine here: this is the floor the program is measured against.
            ok = q.exec(QStringLiteral(
                "SELECT id, name, credit_code, credit_code_override, credit_code_override_reason, community_id,"
                " address, industry, legal_representative, safety_contact, safety_contact_phone, employees,"
                " size_class, target_categories, occupational_hazard, landlord_id, participation, join_date,"
                " bank_account_name, bank_name, bank_account, notes, archived_at"
                " FROM enterprise ORDER BY id LIMIT 50"));
            int cells = 0;
            while (ok && q.next()) {
                const int columns = q.record().count();
                for (int c = 0; c < columns; ++c) {
                    cells += q.value(c).isNull() ? 0 : 1;
                }
            }
            const qint64 ns = timer.nsecsElapsed();
            if (!ok) {
                fail(error, QStringLiteral("The limit query failed: %1").arg(q.lastError().text()));
            } else if (cells == 0) {
                ok = fail(error, QStringLiteral("The limit query read no enterprise."));
            } else {
                samples->addNanoseconds(ns);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return ok;
}

int OpenBenchmark::readFirstPage(const QAbstractItemModel& model)
{
    int texts = 0;
    const int columns = model.columnCount();
    for (int c = 0; c < columns; ++c) {
        texts += model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty() ? 0 : 1;
    }
    const int rows = qMin(kFirstPageRows, model.rowCount());
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model.index(r, c);
            for (int role : kViewRoles) {
                const QVariant value = model.data(index, role);
                if (role == Qt::DisplayRole && !value.toString().isEmpty()) {
                    ++texts;
                }
            }
        }
    }
    return texts;
}

} // namespace sl::bench

#include "OpenBenchmark.h"

#include "TimingSamples.h"
#include "db/Database.h"
#include "db/ErrorOut.h"
#include "enterprises/EnterpriseFilterProxy.h"
#include "enterprises/EnterpriseTableModel.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace sl::bench {

namespace {

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
        Rows read;
        Rows shown;
        if (!limitOnce(limit, &read, error) || !openOnce(open, &shown, error)) {
            return false;
        }
        if (!m_checked) {
            continue;
        }
        if (read.size() != shown.size()) {
            m_checked = false;
            m_mismatch
                = QStringLiteral("the limit read %1 rows, the table shows %2").arg(read.size()).arg(shown.size());
            continue;
        }
        for (auto it = shown.constBegin(); it != shown.constEnd(); ++it) {
            if (read.value(it.key()) != it.value()) {
                m_checked = false;
                m_mismatch = QStringLiteral("enterprise %1: the table shows \"%2\", the limit read \"%3\"")
                                 .arg(it.key())
                                 .arg(it.value().join(QLatin1Char('|')), read.value(it.key()).join(QLatin1Char('|')));
                break;
            }
        }
    }
    return true;
}

bool OpenBenchmark::openOnce(TimingSamples* samples, Rows* shown, QString* error)
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
        return core::failWith(error, QStringLiteral("The enterprise table showed no text on its first page."));
    }
    samples->addNanoseconds(ns);
    // What the table shows, for the check (after the timer: the clerk does not wait for it).
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const core::Enterprise* e = model.enterpriseAt(proxy.mapToSource(proxy.index(r, 0)).row());
        auto text = [&proxy, r](int column) { return proxy.index(r, column).data().toString(); };
        shown->insert(e->id,
                      { text(ui::EnterpriseTableModel::Name), e->creditCode, text(ui::EnterpriseTableModel::Community),
                        text(ui::EnterpriseTableModel::JoinDate), text(ui::EnterpriseTableModel::Employees),
                        text(ui::EnterpriseTableModel::SafetyContact),
                        text(ui::EnterpriseTableModel::SafetyContactPhone), text(ui::EnterpriseTableModel::Landlord),
                        text(ui::EnterpriseTableModel::Address) });
    }
    return true;
}

bool OpenBenchmark::limitOnce(TimingSamples* samples, Rows* read, QString* error)
{
    const QString connectionName = QStringLiteral("safeledger-bench-limit");
    bool ok = true;
    {
        QElapsedTimer timer;
        timer.start();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(m_path);
        if (!db.open()) {
            ok = core::failWith(
                error, QStringLiteral("The limit connection cannot open %1: %2").arg(m_path, db.lastError().text()));
        } else {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            // Every row the table shows (not the archived ones), with what its columns show — name, credit
            // code, community, size class, target categories, occupational hazard, participation, join date,
            // employees, safety contact, phone, landlord, address — ordered by name. SQLite orders by code
            // point, not by pinyin as the table does, so the check compares the rows by id.
            // Hand-written SQL is fine here: this is the floor the program is measured against.
            ok = q.exec(QStringLiteral(
                "SELECT e.id, e.name, e.credit_code, coalesce(c.name, ''), coalesce(e.join_date, ''), e.employees,"
                " e.safety_contact, e.safety_contact_phone, coalesce(l.name, ''), e.address, e.credit_code_override,"
                " e.size_class, e.target_categories, e.occupational_hazard, e.participation"
                " FROM enterprise e LEFT JOIN community c ON c.id = e.community_id"
                " LEFT JOIN enterprise l ON l.id = e.landlord_id WHERE e.archived_at IS NULL ORDER BY e.name"));
            int cells = 0;
            QList<QPair<qint64, QStringList>> rows;
            while (ok && q.next()) {
                QStringList row;
                for (int c = 1; c <= 9; ++c) {
                    row.append(q.value(c).toString());
                }
                cells += q.value(10).toInt() + q.value(11).toString().size() + q.value(12).toInt()
                    + q.value(13).toString().size() + q.value(14).toString().size();
                rows.append({ q.value(0).toLongLong(), row });
            }
            const qint64 ns = timer.nsecsElapsed();
            for (const auto& [id, row] : std::as_const(rows)) {
                read->insert(id, row);
            }
            if (!ok) {
                core::failWith(error, QStringLiteral("The limit query failed: %1").arg(q.lastError().text()));
            } else if (cells == 0) {
                ok = core::failWith(error, QStringLiteral("The limit query read no enterprise."));
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

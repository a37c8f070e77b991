#include "SearchBenchmark.h"

#include "SearchFragment.h"
#include "TimingSamples.h"
#include "db/Database.h"
#include "db/ErrorOut.h"
#include "enterprises/EnterpriseFilterProxy.h"
#include "enterprises/EnterpriseTableModel.h"

#include <QElapsedTimer>
#include <QStringList>

namespace sl::bench {

SearchBenchmark::SearchBenchmark(const QString& path)
    : m_path(path)
{
}

bool SearchBenchmark::run(int repeat, TimingSamples* search, TimingSamples* clear, QString* error)
{
    core::Database db;
    if (!db.open(m_path, error)) {
        return false;
    }
    ui::EnterpriseTableModel model(db);
    ui::EnterpriseFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.reload();
    proxy.sort(ui::EnterpriseTableModel::Name, Qt::AscendingOrder);
    m_enterprises = model.rowCount();
    m_shownBefore = proxy.rowCount();

    QStringList names;
    names.reserve(m_enterprises);
    for (int row = 0; row < m_enterprises; ++row) {
        names.append(model.enterpriseAt(row)->name);
    }
    m_fragment = SearchFragment::pick(names, &m_nameHits);
    if (m_fragment.isEmpty()) {
        return core::failWith(error, QStringLiteral("No enterprise name has two Chinese characters to search for."));
    }

    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        proxy.setSearchText(m_fragment);
        m_matches = proxy.rowCount();
        search->addNanoseconds(timer.nsecsElapsed());

        timer.restart();
        proxy.setSearchText(QString());
        const int shownAgain = proxy.rowCount();
        clear->addNanoseconds(timer.nsecsElapsed());
        if (shownAgain != m_shownBefore) {
            return core::failWith(error,
                                  QStringLiteral("Clearing the search showed %1 enterprises instead of %2.")
                                      .arg(shownAgain)
                                      .arg(m_shownBefore));
        }
    }
    if (m_matches < 1) {
        return core::failWith(error,
                              QStringLiteral("The search found nothing, although the fragment comes from a name."));
    }
    return true;
}

} // namespace sl::bench

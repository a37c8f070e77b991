#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace sl::ui {

// Search box, state filter, one enterprise and "show archived" of the Certificates page.
class CertificateFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Window { All, Expired, ExpiringWithin };

    explicit CertificateFilterProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    // ExpiringWithin keeps the certificates with 0 … days days left (the expiry day counts, an expired
    // certificate does not: it has its own filter).
    void setWindow(Window window, int days = 0);
    // 0: every enterprise.
    void setEnterprise(qint64 enterpriseId);
    void setShowArchived(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_terms;
    Window m_window = Window::All;
    int m_days = 0;
    qint64 m_enterprise = 0;
    bool m_showArchived = false;
};

} // namespace sl::ui

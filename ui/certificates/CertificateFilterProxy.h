#pragma once

#include "common/RecordFilterProxy.h"

namespace sl::ui {

// The Certificates page's own filters, the expiry window and one enterprise, on top of the search and "show
// archived" every list page has.
class CertificateFilterProxy : public RecordFilterProxy
{
    Q_OBJECT

public:
    enum class Window { All, Expired, ExpiringWithin };

    explicit CertificateFilterProxy(QObject* parent = nullptr);

    // ExpiringWithin keeps the certificates with 0 … days days left (the expiry day counts, an expired
    // certificate does not: it has its own filter).
    void setWindow(Window window, int days = 0);
    // 0: every enterprise.
    void setEnterprise(qint64 enterpriseId);

protected:
    bool acceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Window m_window = Window::All;
    int m_days = 0;
    qint64 m_enterprise = 0;
};

} // namespace sl::ui

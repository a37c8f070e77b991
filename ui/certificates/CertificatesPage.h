#pragma once

#include "common/RecordListPage.h"

class QComboBox;

namespace sl::ui {

class CertificateFilterProxy;
class EnterpriseFilterLabel;
class CertificateTableModel;

// Certificates (证照管理): every enterprise's licences and certificates with their days left, filtered
// to the expired ones or those expiring within 30, 60 or 90 days, by search text and by enterprise.
class CertificatesPage : public RecordListPage
{
    Q_OBJECT

public:
    // The filter drop-down's choices, in its order.
    enum class Filter { All, Expired, Within30, Within60, Within90 };

    CertificatesPage(core::Database& db, core::AppSettings& settings, QWidget* parent = nullptr);

    CertificateTableModel* model() const { return m_model; }

public slots:
    // Reads the certificates again, as of today.
    void reload() override;
    // Shows one enterprise's certificates (0: all enterprises).
    void showEnterprise(qint64 enterpriseId);
    void setFilter(sl::ui::CertificatesPage::Filter filter);
    void selectCertificate(qint64 id);
    void newCertificate();
    void editSelected() override;
    void editTypes();

signals:
    void dataChanged();

private:
    void buildUi();
    void applyFilter();
    void updateActions();
    void updateCount() override;
    void setArchived(bool archived) override;
    void selectRecord(qint64 id) override { selectCertificate(id); }

    qint64 m_enterpriseFilter = 0;
    CertificateTableModel* m_model = nullptr;
    CertificateFilterProxy* m_proxy = nullptr;
    QComboBox* m_filter = nullptr;
    EnterpriseFilterLabel* m_enterpriseLabel = nullptr;
    QAction* m_typesAction = nullptr;
};

} // namespace sl::ui

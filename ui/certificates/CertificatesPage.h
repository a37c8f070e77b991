#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace sl::core {
class AppSettings;
class Database;
} // namespace sl::core

namespace sl::ui {

class LoadWhenShown;
class CertificateFilterProxy;
class CertificateTableModel;

// Certificates (证照管理): every enterprise's licences and certificates with their days left, filtered
// to the expired ones or those expiring within 30, 60 or 90 days, by search text and by enterprise.
class CertificatesPage : public QWidget
{
    Q_OBJECT

public:
    // The filter drop-down's choices, in its order.
    enum class Filter { All, Expired, Within30, Within60, Within90 };

    CertificatesPage(core::Database& db, core::AppSettings& settings, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    CertificateTableModel* model() const { return m_model; }

public slots:
    // Reads the certificates again, as of today.
    void reload();
    // Shows one enterprise's certificates (0: all enterprises).
    void showEnterprise(qint64 enterpriseId);
    void setFilter(sl::ui::CertificatesPage::Filter filter);
    void selectCertificate(qint64 id);
    void newCertificate();
    void editSelected();
    void archiveSelected();
    void restoreSelected();
    void editTypes();

signals:
    void dataChanged();

private:
    void buildUi();
    void applyFilter();
    void updateActions();
    void updateCount();
    qint64 currentId() const;
    void setArchived(bool archived);
    // After a write: reload, select the record again and tell the program the data changed.
    void showSaved(qint64 id);

    core::Database& m_db;
    core::AppSettings& m_settings;
    qint64 m_enterpriseFilter = 0;
    CertificateTableModel* m_model = nullptr;
    CertificateFilterProxy* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_showArchived = nullptr;
    QLabel* m_enterpriseLabel = nullptr;
    QPushButton* m_clearEnterprise = nullptr;
    QLabel* m_count = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_archiveAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_typesAction = nullptr;
    LoadWhenShown* m_whenShown = nullptr;
};

} // namespace sl::ui

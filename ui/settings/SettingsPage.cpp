#include "SettingsPage.h"

#include "Clock.h"

#include "AppraisalSchemeBox.h"
#include "BackupSettingsBox.h"
#include "ObligationSettingsBox.h"
#include "ServiceKindsBox.h"
#include "operators/OperatorsBox.h"

#include "AppSettings.h"
#include "PolicyDialog.h"
#include "common/MessageBox.h"
#include "db/CommunityRepository.h"
#include "db/SettingRepository.h"
#include "db/SubsidyPolicyRepository.h"
#include "model/DomainText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sl::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kArchivedRole = Qt::UserRole + 2;

} // namespace

SettingsPage::SettingsPage(core::Database& db, core::AppSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsPage"));

    auto* street = new QGroupBox(tr("Street"));
    auto* streetForm = new QFormLayout(street);
    m_streetName = new QLineEdit;
    m_streetName->setObjectName(QStringLiteral("streetNameEdit"));
    m_streetName->setMaxLength(100);
    auto* saveStreet = new QPushButton(tr("Save"));
    saveStreet->setObjectName(QStringLiteral("saveStreetNameButton"));
    m_streetNameStatus = new QLabel;
    m_streetNameStatus->setTextFormat(Qt::PlainText);
    auto* streetRow = new QHBoxLayout;
    streetRow->addWidget(m_streetName, 1);
    streetRow->addWidget(saveStreet);
    streetForm->addRow(tr("Street office name (printed on reports)"), streetRow);
    streetForm->addRow(QString(), m_streetNameStatus);
    connect(saveStreet, &QPushButton::clicked, this, &SettingsPage::saveStreetName);
    connect(m_streetName, &QLineEdit::returnPressed, this, &SettingsPage::saveStreetName);

    auto* language = new QGroupBox(tr("Language"));
    auto* languageForm = new QFormLayout(language);
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("As the system"), QStringLiteral("system"));
    // Each language is named in itself, so it can be found whatever the current language is.
    m_language->addItem(QStringLiteral("\u7b80\u4f53\u4e2d\u6587"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(m_settings.value(core::AppSettings::Key::Language).toString())));
    m_languageNote = new QLabel;
    m_languageNote->setTextFormat(Qt::PlainText);
    languageForm->addRow(tr("Interface language"), m_language);
    languageForm->addRow(QString(), m_languageNote);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::saveLanguage);

    auto* communities = new QGroupBox(tr("Communities"));
    auto* communityLayout = new QHBoxLayout(communities);
    m_communities = new QListWidget;
    m_communities->setObjectName(QStringLiteral("communityList"));
    m_add = new QPushButton(tr("Add…"));
    m_add->setObjectName(QStringLiteral("addCommunityButton"));
    m_rename = new QPushButton(tr("Rename…"));
    m_rename->setObjectName(QStringLiteral("renameCommunityButton"));
    m_archive = new QPushButton(tr("Archive"));
    m_archive->setObjectName(QStringLiteral("archiveCommunityButton"));
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_archive);
    buttons->addStretch(1);
    communityLayout->addWidget(m_communities, 1);
    communityLayout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &SettingsPage::addCommunity);
    connect(m_rename, &QPushButton::clicked, this, &SettingsPage::renameCommunity);
    connect(m_archive, &QPushButton::clicked, this, &SettingsPage::toggleCommunityArchived);
    connect(m_communities, &QListWidget::currentRowChanged, this, &SettingsPage::updateButtons);
    connect(m_communities, &QListWidget::itemDoubleClicked, this, &SettingsPage::renameCommunity);

    auto* policies = new QGroupBox(tr("Subsidy policy"));
    auto* policyLayout = new QHBoxLayout(policies);
    m_policies = new QTableWidget(0, 5);
    m_policies->setObjectName(QStringLiteral("policyTable"));
    m_policies->setHorizontalHeaderLabels({ tr("From"), tr("Share per year (yuan)"), tr("Years"),
                                            tr("Classes with the share"), tr("Classes paid in full") });
    m_policies->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_policies->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_policies->setSelectionMode(QAbstractItemView::SingleSelection);
    m_policies->verticalHeader()->setVisible(false);
    m_policies->horizontalHeader()->setStretchLastSection(true);
    auto* addPolicyButton = new QPushButton(tr("New version…"));
    addPolicyButton->setObjectName(QStringLiteral("addPolicyButton"));
    m_editPolicy = new QPushButton(tr("Edit…"));
    m_editPolicy->setObjectName(QStringLiteral("editPolicyButton"));
    auto* policyButtons = new QVBoxLayout;
    policyButtons->addWidget(addPolicyButton);
    policyButtons->addWidget(m_editPolicy);
    policyButtons->addStretch(1);
    policyLayout->addWidget(m_policies, 1);
    policyLayout->addLayout(policyButtons);
    connect(addPolicyButton, &QPushButton::clicked, this, &SettingsPage::addPolicy);
    connect(m_editPolicy, &QPushButton::clicked, this, &SettingsPage::editPolicy);
    connect(m_policies, &QTableWidget::cellDoubleClicked, this, &SettingsPage::editPolicy);
    connect(m_policies, &QTableWidget::itemSelectionChanged, this,
            [this] { m_editPolicy->setEnabled(m_policies->currentRow() >= 0); });

    auto* lists = new QHBoxLayout;
    lists->addWidget(communities, 1);
    lists->addWidget(policies, 2);
    lists->addWidget(new ServiceKindsBox(m_db), 1);
    // The boxes are more than a small screen holds: they scroll, so the window's size stays the clerk's.
    auto* content = new QWidget;
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(street);
    layout->addWidget(language);
    layout->addWidget(new OperatorsBox(m_db));
    m_obligations = new ObligationSettingsBox(m_db);
    connect(m_obligations, &ObligationSettingsBox::changed, this, &SettingsPage::obligationsChanged);
    layout->addWidget(m_obligations);
    m_backups = new BackupSettingsBox(m_db);
    connect(m_backups, &BackupSettingsBox::restoreRequested, this, &SettingsPage::restoreRequested);
    connect(m_backups, &BackupSettingsBox::backupWritten, this, &SettingsPage::backupWritten);
    layout->addWidget(m_backups);
    layout->addLayout(lists, 1);
    m_appraisal = new AppraisalSchemeBox(m_db);
    connect(m_appraisal, &AppraisalSchemeBox::changed, this, &SettingsPage::appraisalChanged);
    layout->addWidget(m_appraisal, 1);
    reload();
}

void SettingsPage::waitForBackup()
{
    m_backups->waitForBackup();
}

void SettingsPage::reload()
{
    m_streetName->setText(core::SettingRepository(m_db).value(core::SettingRepository::Key::StreetName));
    const qint64 keep = currentCommunityId();
    m_communities->clear();
    for (const core::Community& c : core::CommunityRepository(m_db).list(true)) {
        auto* item = new QListWidgetItem(c.archived ? tr("%1 (archived)").arg(c.name) : c.name);
        item->setData(kIdRole, c.id);
        item->setData(kArchivedRole, c.archived);
        if (c.archived) {
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
        m_communities->addItem(item);
        if (c.id == keep) {
            m_communities->setCurrentItem(item);
        }
    }
    updateButtons();
    reloadPolicies();
    if (m_appraisal) {
        m_appraisal->reload();
    }
}

void SettingsPage::reloadPolicies()
{
    auto classes = [](const QList<core::SizeClass>& list) {
        QStringList names;
        for (core::SizeClass c : list) {
            names << core::DomainText::sizeClass(c);
        }
        return names.join(tr(", "));
    };
    const QList<core::SubsidyPolicy> policies = core::SubsidyPolicyRepository(m_db).list();
    m_policies->setRowCount(static_cast<int>(policies.size()));
    for (int row = 0; row < policies.size(); ++row) {
        const core::SubsidyPolicy& p = policies.at(row);
        const QStringList cells
            = { p.effectiveFrom.toString(Qt::ISODate), p.streetSharePerYear.toGroupedString(),
                QString::number(p.subsidisedYears), classes(p.partialClasses), classes(p.fullClasses) };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, p.id);
            m_policies->setItem(row, column, item);
        }
    }
    m_policies->resizeColumnsToContents();
    m_editPolicy->setEnabled(m_policies->currentRow() >= 0);
}

void SettingsPage::addPolicy()
{
    core::SubsidyPolicy next;
    const QList<core::SubsidyPolicy> existing = core::SubsidyPolicyRepository(m_db).list();
    if (!existing.isEmpty()) {
        next = existing.last(); // start from the version in force
        next.id = 0;
        next.notes.clear();
    }
    next.effectiveFrom = QDate(core::Clock::today().year() + 1, 1, 1);
    PolicyDialog dialog(m_db, next, this);
    if (dialog.exec() == QDialog::Accepted) {
        reloadPolicies();
        emit policyChanged();
    }
}

void SettingsPage::editPolicy()
{
    const int row = m_policies->currentRow();
    if (row < 0) {
        return;
    }
    const qint64 id = m_policies->item(row, 0)->data(Qt::UserRole).toLongLong();
    for (const core::SubsidyPolicy& p : core::SubsidyPolicyRepository(m_db).list()) {
        if (p.id == id) {
            PolicyDialog dialog(m_db, p, this);
            if (dialog.exec() == QDialog::Accepted) {
                reloadPolicies();
                emit policyChanged();
            }
            return;
        }
    }
}

qint64 SettingsPage::currentCommunityId() const
{
    const QListWidgetItem* item = m_communities->currentItem();
    return item ? item->data(kIdRole).toLongLong() : 0;
}

void SettingsPage::updateButtons()
{
    const QListWidgetItem* item = m_communities->currentItem();
    m_rename->setEnabled(item != nullptr);
    m_archive->setEnabled(item != nullptr);
    m_archive->setText(item && item->data(kArchivedRole).toBool() ? tr("Restore") : tr("Archive"));
}

void SettingsPage::saveStreetName()
{
    QString error;
    if (m_streetName->text().trimmed().isEmpty()) {
        m_streetNameStatus->setText(tr("Enter the street office's name."));
        return;
    }
    if (!core::SettingRepository(m_db).setValue(core::SettingRepository::Key::StreetName, m_streetName->text(),
                                                &error)) {
        MessageBox::warning(this, tr("Not saved"), error);
        return;
    }
    m_streetNameStatus->setText(tr("Saved."));
}

void SettingsPage::saveLanguage()
{
    m_settings.setValue(core::AppSettings::Key::Language, m_language->currentData());
    m_languageNote->setText(tr("The new language is used from the next start of SafeLedger."));
}

void SettingsPage::addCommunity()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New community"), tr("Name of the community:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok) {
        return;
    }
    core::Community c;
    c.name = name;
    QString error;
    if (!core::CommunityRepository(m_db).insert(c, &error)) {
        MessageBox::warning(this, tr("Not saved"), error);
        return;
    }
    reload();
    for (int i = 0; i < m_communities->count(); ++i) {
        if (m_communities->item(i)->data(kIdRole).toLongLong() == c.id) {
            m_communities->setCurrentRow(i);
        }
    }
    emit communitiesChanged();
}

void SettingsPage::renameCommunity()
{
    const qint64 id = currentCommunityId();
    const auto community = core::CommunityRepository(m_db).find(id);
    if (!community) {
        return;
    }
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("Rename community"), tr("New name:"), QLineEdit::Normal, community->name, &ok);
    if (!ok || name.trimmed() == community->name) {
        return;
    }
    QString error;
    if (!core::CommunityRepository(m_db).rename(id, name, &error)) {
        MessageBox::warning(this, tr("Not saved"), error);
        return;
    }
    reload();
    emit communitiesChanged();
}

void SettingsPage::toggleCommunityArchived()
{
    const qint64 id = currentCommunityId();
    const auto community = core::CommunityRepository(m_db).find(id);
    if (!community) {
        return;
    }
    const bool archive = !community->archived;
    const QString question = archive ? tr("Archive the community \"%1\"? It stays in the records of its enterprises "
                                          "but is no longer offered for new ones.")
                                           .arg(community->name)
                                     : tr("Restore the community \"%1\"?").arg(community->name);
    if (MessageBox::question(this, archive ? tr("Archive community") : tr("Restore community"), question)
        != QMessageBox::Yes) {
        return;
    }
    QString error;
    if (!core::CommunityRepository(m_db).setArchived(id, archive, &error)) {
        MessageBox::warning(this, tr("Not saved"), error);
        return;
    }
    reload();
    emit communitiesChanged();
}

void SettingsPage::backUpToFile()
{
    m_backups->backUpToFile();
}

} // namespace sl::ui

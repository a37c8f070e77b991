#include "MainWindow.h"

#include "AppInfo.h"
#include "AppSettings.h"
#include "Clock.h"
#include "agencies/AgenciesPage.h"
#include "audit/AuditLogPage.h"
#include "certificates/CertificatesPage.h"
#include "common/BackupTask.h"
#include "common/ChangeNotifier.h"
#include "common/DialogFit.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/ScreenFit.h"
#include "common/ServerDatabaseDialog.h"
#include "common/StatusStyle.h"
#include "contracts/ContractsPage.h"
#include "dashboard/DashboardPage.h"
#include "db/BackupManager.h"
#include "db/BackupRestorer.h"
#include "db/CommunityRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "db/OperatorRepository.h"
#include "demo/DemoGenerator.h"
#include "enterprises/EnterprisesPage.h"
#include "hazards/HazardsPage.h"
#include "operators/OperatorSignInDialog.h"
#include "records/ServiceRecordsPage.h"
#include "reports/ReportsPage.h"
#include "returns/ReturnsPage.h"
#include "scorecard/ScorecardPage.h"
#include "settings/SettingsPage.h"
#include "subsidies/SubsidiesPage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>

namespace sl::ui {

MainWindow::MainWindow(core::Database& db, core::AppSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    DialogFit::install();
    setWindowTitle(tr("SafeLedger"));

    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(150);
    m_stack = new QStackedWidget;

    m_notifier = new ChangeNotifier(this);
    m_notifier->subscribe(this, { ChangeNotifier::Area::Register }, [this] { updateStatus(); });
    // In the order of the clerk's work, the order of Page; areas not built yet are simply not listed.
    const QStringList titles
        = { tr("Dashboard"),      tr("Enterprises"),  tr("Agencies"),   tr("Contracts"), tr("Service records"),
            tr("Hazards"),        tr("Certificates"), tr("Scorecards"), tr("Subsidies"), tr("Reports"),
            tr("Agency returns"), tr("Audit log"),    tr("Settings") };
    Q_ASSERT(titles.size() == kPageCount);
    m_navigation->addItems(titles);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);
    m_navigation->setSpacing(3);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showRow);

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_databaseLabel = new QLabel;
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextFormat(Qt::PlainText);
    m_countLabel = new QLabel;
    m_countLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_databaseLabel, 1);
    m_asOfLabel = new QLabel;
    m_asOfLabel->setObjectName(QStringLiteral("asOfLabel"));
    m_asOfLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_asOfLabel);
    m_backupLabel = new QLabel;
    m_backupLabel->setObjectName(QStringLiteral("backupLabel"));
    m_backupLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_backupLabel);
    m_operatorLabel = new QLabel;
    m_operatorLabel->setObjectName(QStringLiteral("operatorLabel"));
    m_operatorLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_operatorLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    m_dailyBackup = new BackupTask(this);
    connect(m_dailyBackup, &BackupTask::finished, this, [this](const BackupTask::Outcome& outcome) {
        showDailyBackupOutcome(outcome.ok, outcome.warnings, outcome.error);
    });

    buildMenus();
    m_navigation->setCurrentRow(0);
    updateStatus();

    if (!restoreGeometry(m_settings.value(core::AppSettings::Key::MainWindowGeometry).toByteArray())) {
        // The first start: sized from the screen's free area, maximised on a laptop screen (1366×768).
        const QScreen* screen = QGuiApplication::primaryScreen();
        const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 780);
        const ScreenFit::FirstStart start = ScreenFit::firstStart(available.size(), QSize(1280, 780));
        resize(start.size);
        move(available.topLeft() + QPoint((available.width() - start.size.width()) / 2, 0));
        if (start.maximised) {
            setWindowState(windowState() | Qt::WindowMaximized);
        }
    }
    restoreState(m_settings.value(core::AppSettings::Key::MainWindowState).toByteArray());
}

MainWindow::~MainWindow()
{
    m_settings.setValue(core::AppSettings::Key::MainWindowGeometry, saveGeometry());
    m_settings.setValue(core::AppSettings::Key::MainWindowState, saveState());
}

void MainWindow::switchOperator()
{
    if (core::OperatorRepository(m_db).list().isEmpty()) {
        MessageBox::information(this, tr("Switch operator"),
                                tr("No operators are kept yet: add the office's staff in Settings → Operators, then "
                                   "each can work under their own name."));
        return;
    }
    OperatorSignInDialog dialog(m_db, core::AppInfo::operatorName(), this);
    if (dialog.exec() == QDialog::Accepted) {
        updateStatus();
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // What the clerk typed into the report's sections is kept before the window goes.
    if (m_reports) {
        m_reports->saveTexts();
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction* open = file->addAction(tr("&Open another database…"), this, &MainWindow::openOtherDatabase);
    open->setObjectName(QStringLiteral("fileOpenDatabaseAction"));
    open->setShortcut(QKeySequence::Open);
    QAction* server = file->addAction(tr("Open a &server database…"), this, &MainWindow::openServerDatabase);
    server->setObjectName(QStringLiteral("fileOpenServerAction"));
    QAction* backup = file->addAction(tr("&Back up to a file…"), this, [this] { settingsPage()->backUpToFile(); });
    backup->setObjectName(QStringLiteral("fileBackupAction"));
    file->addSeparator();
    // The page's own actions carry the shortcuts (a second action with the same key would make both ambiguous);
    // the menu shows the key after a tab and triggers the page's action.
    QAction* exportShown = file->addAction(tr("&Export shown rows…") + QStringLiteral("\tCtrl+E"), this, [this] {
        if (QAction* a = pageAction(QKeySequence(Qt::CTRL | Qt::Key_E))) {
            a->trigger();
        }
    });
    exportShown->setObjectName(QStringLiteral("fileExportShownAction"));
    QAction* print = file->addAction(tr("&Print…") + QStringLiteral("\tCtrl+P"), this, [this] {
        if (QAction* a = pageAction(QKeySequence::Print)) {
            a->trigger();
        }
    });
    print->setObjectName(QStringLiteral("filePrintAction"));
    connect(file, &QMenu::aboutToShow, this, [this, exportShown, print] {
        exportShown->setEnabled(pageAction(QKeySequence(Qt::CTRL | Qt::Key_E)) != nullptr);
        print->setEnabled(pageAction(QKeySequence::Print) != nullptr);
    });
    file->addSeparator();
    QAction* switchOperator = file->addAction(tr("&Switch operator…"), this, &MainWindow::switchOperator);
    switchOperator->setObjectName(QStringLiteral("switchOperatorAction"));
    switchOperator->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addSeparator();
    QAction* quit = file->addAction(tr("E&xit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About SafeLedger"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QAction* MainWindow::pageAction(const QKeySequence& key) const
{
    QWidget* page = m_stack->currentWidget();
    if (!page) {
        return nullptr;
    }
    for (QAction* a : page->findChildren<QAction*>()) {
        if (a->shortcuts().contains(key) && a->isEnabled()) {
            return a;
        }
    }
    return nullptr;
}

void MainWindow::openOtherDatabase()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Open another database"),
                                                     tr("SafeLedger database (*.sqlite *.db);;Every file (*)"),
                                                     QFileInfo(m_db.path()).absolutePath());
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).canonicalFilePath() == QFileInfo(m_db.path()).canonicalFilePath()) {
        MessageBox::information(this, tr("Already open"),
                                tr("%1 is the database open now.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    // The program opens one database; the other one gets a window of its own (its lock, its backups), and this
    // one closes once that has started.
    emit otherDatabaseRequested(path);
}

void MainWindow::openServerDatabase()
{
    ServerDatabaseDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (dialog.location() == m_db.location()) {
        MessageBox::information(this, tr("Already open"), tr("%1 is the database open now.").arg(dialog.location()));
        return;
    }
    // As for a file: a program of its own opens it (and asks for the password when the server wants one).
    emit otherDatabaseRequested(dialog.location());
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(static_cast<int>(page));
}

void MainWindow::showRow(int row)
{
    if (row >= 0 && row < kPageCount) {
        m_stack->setCurrentWidget(this->page(static_cast<Page>(row)));
    }
}

QWidget* MainWindow::page(Page which)
{
    QWidget*& made = m_pages[static_cast<std::size_t>(which)];
    if (!made) {
        made = createPage(which);
        m_stack->addWidget(made);
    }
    return made;
}

QWidget* MainWindow::createPage(Page which)
{
    using Area = ChangeNotifier::Area;
    ChangeNotifier* n = m_notifier;
    // Every page reloads on reloadAll (a restore, the demo street); a derived one also when what it is computed
    // from changes.
    const auto reloads = [this, n, which](auto* p, std::initializer_list<Area> from) {
        const std::function<void()> reload = [p] { p->reload(); };
        m_reloads[static_cast<std::size_t>(which)] = reload;
        if (from.size() > 0) {
            n->subscribe(p, from, reload);
        }
    };
    switch (which) {
    case Page::Dashboard:
        m_dashboard = new DashboardPage(m_db);
        reloads(m_dashboard,
                { Area::Records, Area::Contracts, Area::Register, Area::Obligations, Area::Hazards, Area::Returns,
                  Area::Certificates });
        connect(m_dashboard, &DashboardPage::hazardsRequested, this, [this](qint64 id) {
            hazardsPage()->showEnterprise(id);
            showPage(Page::Hazards);
        });
        connect(m_dashboard, &DashboardPage::certificatesRequested, this, [this](qint64 id) {
            certificatesPage()->showEnterprise(id);
            showPage(Page::Certificates);
        });
        connect(m_dashboard, &DashboardPage::enterpriseRequested, this, [this](qint64 id) {
            serviceRecordsPage()->showEnterprise(id);
            showPage(Page::ServiceRecords);
        });
        connect(m_dashboard, &DashboardPage::quarterRequested, this, [this](qint64 agencyId) {
            serviceRecordsPage()->showQuarter(agencyId);
            showPage(Page::ServiceRecords);
        });
        return m_dashboard;
    case Page::Enterprises:
        m_enterprises = new EnterprisesPage(m_db, m_settings);
        connect(m_enterprises, &EnterprisesPage::registerChanged, n, [n] { n->notify(Area::Register); });
        reloads(m_enterprises, { Area::Communities, Area::Contracts });
        connect(m_enterprises, &EnterprisesPage::hazardsRequested, this, [this](qint64 id) {
            hazardsPage()->showEnterprise(id);
            showPage(Page::Hazards);
        });
        connect(m_enterprises, &EnterprisesPage::certificatesRequested, this, [this](qint64 id) {
            certificatesPage()->showEnterprise(id);
            showPage(Page::Certificates);
        });
        connect(m_enterprises, &EnterprisesPage::recordsRequested, this, [this](qint64 id) {
            serviceRecordsPage()->showEnterprise(id);
            showPage(Page::ServiceRecords);
        });
        connect(m_enterprises, &EnterprisesPage::newRecordRequested, this,
                [this](qint64 id) { serviceRecordsPage()->newRecordFor(id, core::RecordKind::Inspection); });
        return m_enterprises;
    case Page::Agencies:
        m_agencies = new AgenciesPage(m_db, m_settings);
        connect(m_agencies, &AgenciesPage::dataChanged, n, [n] { n->notify(Area::Agencies); });
        reloads(m_agencies, {});
        return m_agencies;
    case Page::Contracts:
        m_contracts = new ContractsPage(m_db, m_settings);
        connect(m_contracts, &ContractsPage::dataChanged, n, [n] { n->notify(Area::Contracts); });
        reloads(m_contracts, { Area::Register, Area::Agencies });
        return m_contracts;
    case Page::ServiceRecords:
        m_records = new ServiceRecordsPage(m_db, m_settings);
        connect(m_records, &ServiceRecordsPage::dataChanged, n, [n] { n->notify(Area::Records); });
        reloads(m_records, { Area::Contracts, Area::Agencies, Area::Obligations, Area::Returns });
        return m_records;
    case Page::Hazards:
        m_hazards = new HazardsPage(m_db, m_settings);
        connect(m_hazards, &HazardsPage::dataChanged, n, [n] { n->notify(Area::Hazards); });
        reloads(m_hazards, { Area::Records, Area::Returns, Area::Register });
        return m_hazards;
    case Page::Certificates:
        m_certificates = new CertificatesPage(m_db, m_settings);
        connect(m_certificates, &CertificatesPage::dataChanged, n, [n] { n->notify(Area::Certificates); });
        reloads(m_certificates, { Area::Register });
        return m_certificates;
    case Page::Scorecards:
        m_scorecards = new ScorecardPage(m_db, m_settings);
        reloads(m_scorecards,
                { Area::Appraisal, Area::Obligations, Area::Hazards, Area::Records, Area::Contracts, Area::Returns });
        return m_scorecards;
    case Page::Subsidies:
        m_subsidies = new SubsidiesPage(m_db, m_settings);
        reloads(m_subsidies, { Area::Register, Area::Policy, Area::Agencies, Area::Contracts, Area::Communities });
        return m_subsidies;
    case Page::Reports:
        m_reports = new ReportsPage(m_db, m_settings);
        reloads(m_reports, { Area::Returns, Area::Register });
        return m_reports;
    case Page::Returns:
        m_returns = new ReturnsPage(m_db, m_settings);
        connect(m_returns, &ReturnsPage::dataChanged, n, [n] { n->notify(Area::Returns); });
        reloads(m_returns, { Area::Agencies, Area::Contracts });
        return m_returns;
    case Page::AuditLog:
        m_audit = new AuditLogPage(m_db);
        reloads(m_audit, {});
        return m_audit;
    case Page::Settings:
        break;
    }
    m_settingsPage = new SettingsPage(m_db, m_settings);
    reloads(m_settingsPage, {});
    connect(m_settingsPage, &SettingsPage::communitiesChanged, n, [n] { n->notify(Area::Communities); });
    connect(m_settingsPage, &SettingsPage::policyChanged, n, [n] { n->notify(Area::Policy); });
    connect(m_settingsPage, &SettingsPage::appraisalChanged, n, [n] { n->notify(Area::Appraisal); });
    connect(m_settingsPage, &SettingsPage::obligationsChanged, n, [n] { n->notify(Area::Obligations); });
    connect(m_settingsPage, &SettingsPage::restoreRequested, this, &MainWindow::restoreFrom);
    connect(m_settingsPage, &SettingsPage::backupWritten, this, &MainWindow::updateStatus);
    return m_settingsPage;
}

EnterprisesPage* MainWindow::enterprisesPage()
{
    return static_cast<EnterprisesPage*>(page(Page::Enterprises));
}

SettingsPage* MainWindow::settingsPage()
{
    return static_cast<SettingsPage*>(page(Page::Settings));
}

SubsidiesPage* MainWindow::subsidiesPage()
{
    return static_cast<SubsidiesPage*>(page(Page::Subsidies));
}

DashboardPage* MainWindow::dashboardPage()
{
    return static_cast<DashboardPage*>(page(Page::Dashboard));
}

ServiceRecordsPage* MainWindow::serviceRecordsPage()
{
    return static_cast<ServiceRecordsPage*>(page(Page::ServiceRecords));
}

HazardsPage* MainWindow::hazardsPage()
{
    return static_cast<HazardsPage*>(page(Page::Hazards));
}

CertificatesPage* MainWindow::certificatesPage()
{
    return static_cast<CertificatesPage*>(page(Page::Certificates));
}

ScorecardPage* MainWindow::scorecardPage()
{
    return static_cast<ScorecardPage*>(page(Page::Scorecards));
}

ReturnsPage* MainWindow::returnsPage()
{
    return static_cast<ReturnsPage*>(page(Page::Returns));
}

ReportsPage* MainWindow::reportsPage()
{
    return static_cast<ReportsPage*>(page(Page::Reports));
}

void MainWindow::updateStatus()
{
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_db.location())));
    m_operatorLabel->setText(tr("Operator: %1").arg(core::AppInfo::operatorName()));
    const core::EnterpriseRepository repository(m_db);
    m_countLabel->setText(tr("%1 enterprises in the register").arg(repository.count(false)));
    m_asOfLabel->setText(core::Clock::isFixed() ? tr("As of %1").arg(core::Clock::today().toString(Qt::ISODate))
                                                : QString());
    m_asOfLabel->setVisible(core::Clock::isFixed());
    const QString latest = core::BackupManager(m_db.path()).latest();
    m_backupLabel->setText(
        latest.isEmpty()
            ? tr("No backup yet")
            : tr("Last backup: %1").arg(QFileInfo(latest).lastModified().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
}

void MainWindow::offerDemoIfEmpty()
{
    if (core::EnterpriseRepository(m_db).count() > 0 || !core::CommunityRepository(m_db).list(true).isEmpty()) {
        return;
    }
    const auto answer = MessageBox::question(
        this, tr("Empty database"),
        tr("This database holds no enterprises yet. Load the demo street (300 synthetic enterprises) to try "
           "SafeLedger?\n\nFor real work, start from an empty file and add your communities and enterprises."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return;
    }
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = core::DemoGenerator::generate(m_db, core::DemoGenerator::Options(), &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        MessageBox::warning(this, tr("Demo street not loaded"), error);
        return;
    }
    reloadAll();
}

void MainWindow::reloadAll()
{
    // Pages not made yet read the file when they are.
    for (const std::function<void()>& reload : m_reloads) {
        if (reload) {
            reload();
        }
    }
    updateStatus();
}

void MainWindow::startDailyBackup()
{
    if (m_dailyBackup->startDaily(m_db.location(), core::Clock::today(), core::BackupManager::policy(m_db))) {
        m_backupLabel->setText(tr("Backing up…"));
    }
}

void MainWindow::showDailyBackupOutcome(bool ok, const QStringList& warnings, const QString& error)
{
    updateStatus();
    if (!ok) {
        m_backupLabel->setText(tr("Today's backup failed"));
        m_backupLabel->setStyleSheet(StatusStyle::styleSheet(StatusStyle::Tone::Bad));
        MessageBox::warning(this, tr("No backup today"),
                            tr("Today's backup copy could not be made: %1\n\nYour work is safe, but check the disk "
                               "and the backups folder, then use Settings → Back up now.")
                                .arg(error));
    } else if (!warnings.isEmpty()) {
        m_backupLabel->setStyleSheet(StatusStyle::styleSheet(StatusStyle::Tone::Bad));
        MessageBox::warning(this, tr("Backup incomplete"),
                            tr("Today's backup was written, but it lacks evidence files the database names:\n%1\n\n"
                               "Run check to see every missing file.")
                                .arg(warnings.mid(0, 10).join(QLatin1Char('\n'))));
    } else {
        m_backupLabel->setStyleSheet(QString());
    }
    emit dailyBackupFinished(ok);
}

bool MainWindow::restoreFrom(const QString& backupPath, bool acceptBrokenTrail)
{
    const QString path = m_db.location();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // A backup being written reads the file; it finishes before the file is replaced.
    m_dailyBackup->wait();
    if (m_settingsPage) {
        m_settingsPage->waitForBackup();
    }
    if (m_dashboard) {
        m_dashboard->releaseDatabase();
    }
    m_db.close();
    core::BackupRestorer::Result result;
    QString error;
    const bool restored = core::BackupRestorer::restore(path, backupPath, &result, &error, acceptBrokenTrail);
    QString reopenError;
    // Whatever happened, the window needs its file back: the restored one, or the untouched old one.
    const bool reopened = m_db.open(path, &reopenError);
    QApplication::restoreOverrideCursor();
    if (!reopened) {
        MessageBox::critical(
            this, tr("Database not available"),
            tr("The database could not be opened again: %1\n\nClose SafeLedger and start it again.").arg(reopenError));
        return false;
    }
    reloadAll();
    if (!restored) {
        MessageBox::warning(this, tr("Not restored"), error);
        return false;
    }
    QString text = result.keptAs.isEmpty()
        ? tr("The backup is in place, with its evidence files.")
        : tr("The backup is in place, with its evidence files. The database it replaced is kept as %1.")
              .arg(QDir::toNativeSeparators(result.keptAs));
    if (!result.warnings.isEmpty()) {
        text += QStringLiteral("\n\n") + result.warnings.mid(0, 10).join(QLatin1Char('\n'));
    }
    MessageBox::information(this, tr("Restored"), text);
    return true;
}

void MainWindow::showAbout()
{
    MessageBox::information(this, tr("About SafeLedger"),
                            tr("SafeLedger %1\n\nThe street office's ledger of socialised safety-production "
                               "services.\n\nLicensed under the GNU General Public License, version 3 or later.")
                                .arg(core::AppInfo::version()));
}

} // namespace sl::ui

#include "ServerDatabaseDialog.h"

#include "db/DatabaseLocation.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace sl::ui {

ServerDatabaseDialog::ServerDatabaseDialog(QWidget* parent)
    : FormDialog(parent)
{
    setObjectName(QStringLiteral("serverDatabaseDialog"));
    setWindowTitle(tr("Open a server database"));
    m_host = new QLineEdit;
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("the server's name or address"));
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_database = new QLineEdit;
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_database->setPlaceholderText(tr("the street's database, e.g. jinbei"));
    m_preview = new QLineEdit;
    m_preview->setObjectName(QStringLiteral("addressPreview"));
    m_preview->setReadOnly(true);
    // The address follows the fields; a refusal of the address before stands no longer.
    const auto changed = [this] {
        m_preview->setText(address());
        if (frame()) {
            frame()->showError(QString());
        }
    };
    for (QLineEdit* edit : { m_host, m_user, m_database }) {
        edit->setMaxLength(200);
        connect(edit, &QLineEdit::textChanged, this, changed);
    }
    connect(m_port, &QSpinBox::valueChanged, this, changed);
    auto* form = new QFormLayout;
    form->addRow(tr("Server *"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("User *"), m_user);
    form->addRow(tr("Database *"), m_database);
    form->addRow(tr("Address"), m_preview);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    addFrame(layout);
    setMinimumWidth(480);
    m_preview->setText(address());
}

QString ServerDatabaseDialog::address() const
{
    const auto part
        = [](const QLineEdit* edit) { return QString::fromLatin1(QUrl::toPercentEncoding(edit->text().trimmed())); };
    const QString host = m_host->text().trimmed();
    // A folder is a local server's socket.
    if (host.startsWith(QLatin1Char('/'))) {
        return QStringLiteral("postgresql://%1@/%2?host=%3").arg(part(m_user), part(m_database), host);
    }
    const QString port = m_port->value() == 5432 ? QString() : QStringLiteral(":%1").arg(m_port->value());
    return QStringLiteral("postgresql://%1@%2%3/%4").arg(part(m_user), host, port, part(m_database));
}

QString ServerDatabaseDialog::problem() const
{
    if (m_host->text().trimmed().isEmpty()) {
        return tr("Name the server.");
    }
    core::DatabaseLocation location;
    QString why;
    return core::DatabaseLocation::parse(address(), &location, &why) ? QString() : why;
}

bool ServerDatabaseDialog::save(QString* error)
{
    Q_UNUSED(error)
    m_location = address();
    return true;
}

} // namespace sl::ui

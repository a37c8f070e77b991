#include "CertificateDialog.h"

#include "audit/HistoryTab.h"

#include "common/EnterpriseCombo.h"

#include "Clock.h"
#include "common/FormErrors.h"
#include "common/FormNotes.h"
#include "common/FormOptionalDate.h"
#include "db/CertificateRepository.h"
#include "db/EnterpriseRepository.h"
#include "rules/CertificateStatus.h"
#include "rules/CertificateValidator.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFocusEvent>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace sl::ui {

namespace {

using core::CertificateRepository;
using core::CertificateValidator;

// The expiry field shows this day as empty: a new certificate has no expiry until the clerk gives one or
// the type proposes one.
const QDate kNoDate(2000, 1, 1);

QLineEdit* makeLine(const QString& objectName)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setMaxLength(CertificateValidator::kMaxTextLength);
    return edit;
}

} // namespace

CertificateDialog::CertificateDialog(core::Database& db, const core::Certificate& certificate, QWidget* parent)
    : RecordFormDialog(db, certificate, "certificate", parent)
{
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(certificate.id == 0 ? tr("New certificate") : tr("Edit certificate"));
    buildForm();
    loadTypes();
    {
        const QSignalBlocker blockType(m_type);
        const QSignalBlocker blockIssued(m_issued->edit());
        const QSignalBlocker blockKnown(m_issued->check());
        const QSignalBlocker blockExpires(m_expires);
        m_type->setCurrentIndex(m_type->findData(certificate.typeId));
        m_issued->check()->setChecked(certificate.issuedOn.isValid());
        m_issued->edit()->setDate(certificate.issuedOn.isValid() ? certificate.issuedOn : core::Clock::today());
        m_issued->edit()->setEnabled(certificate.issuedOn.isValid());
        m_expires->setDate(certificate.expiresOn.isValid() ? certificate.expiresOn : kNoDate);
    }
    m_number->setText(certificate.number);
    m_holder->setText(certificate.holder);
    m_issuer->setText(certificate.issuer);
    m_notes->setText(certificate.notes);
    // A saved expiry that is what the type gives follows a change of type or issue date; any other is the
    // clerk's own.
    if (certificate.expiresOn.isValid()) {
        const core::CertificateType* type = currentType();
        m_expiryByClerk = !type || core::CertificateStatus::defaultExpiry(*type, issued()) != certificate.expiresOn;
    }
    revalidate();
    HistoryTab::attach(this, db, QStringLiteral("certificate"), certificate.id);
}

void CertificateDialog::buildForm()
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    if (original().enterpriseId == 0) {
        m_enterprise = new EnterpriseCombo;
        m_enterprise->load(db(), false);
        m_enterprise->lineEdit()->setPlaceholderText(tr("Type part of the name or credit code"));
        m_enterpriseError = FormErrors::makeLabel(QStringLiteral("enterpriseError"));
        form->addRow(tr("Enterprise *"), FormErrors::withError(m_enterprise, m_enterpriseError));
        connect(m_enterprise, &QComboBox::editTextChanged, this, &CertificateDialog::revalidate);
        connect(m_enterprise, &QComboBox::currentIndexChanged, this, &CertificateDialog::revalidate);
    } else {
        const auto e = core::EnterpriseRepository(db()).find(original().enterpriseId);
        m_enterpriseLabel = new QLabel(e ? e->name : QString());
        m_enterpriseLabel->setObjectName(QStringLiteral("enterpriseLabel"));
        m_enterpriseLabel->setTextFormat(Qt::PlainText);
        form->addRow(tr("Enterprise"), m_enterpriseLabel);
    }

    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("typeCombo"));
    m_typeError = FormErrors::makeLabel(QStringLiteral("typeError"));
    form->addRow(tr("Certificate type *"), FormErrors::withError(m_type, m_typeError));

    m_number = makeLine(QStringLiteral("numberEdit"));
    form->addRow(tr("Number"), m_number);
    m_holder = makeLine(QStringLiteral("holderEdit"));
    m_holder->setPlaceholderText(tr("The enterprise, or the person named on the certificate"));
    form->addRow(tr("Holder"), m_holder);
    m_issuer = makeLine(QStringLiteral("issuerEdit"));
    m_issuer->setPlaceholderText(tr("The authority that issued it"));
    form->addRow(tr("Issued by"), m_issuer);

    m_issued = new FormOptionalDate(tr("Known"), QStringLiteral("issued"));
    m_issued->check()->setToolTip(tr("Untick when only the expiry date is known"));
    m_issued->edit()->setMinimumDate(QDate(1950, 1, 1));
    form->addRow(tr("Issued on"), m_issued);

    m_expires = FormErrors::makeDate(QStringLiteral("expiresEdit"));
    m_expires->setMinimumDate(kNoDate);
    m_expires->setSpecialValueText(tr("(not entered)"));
    m_expiresError = FormErrors::makeLabel(QStringLiteral("expiresError"));
    m_hint = new QLabel;
    m_hint->setObjectName(QStringLiteral("expiryHint"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    auto* expiresBox = FormErrors::withError(m_expires, m_expiresError);
    expiresBox->layout()->addWidget(m_hint);
    form->addRow(tr("Valid until *"), expiresBox);

    m_notes = new FormNotes(4);
    form->addRow(tr("Notes"), m_notes);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    addFrame(layout, FormFrame::Hint::Required);
    m_number->setMinimumWidth(380);

    connect(m_type, &QComboBox::currentIndexChanged, this, &CertificateDialog::proposeExpiry);
    connect(m_issued->edit(), &QDateEdit::dateChanged, this, &CertificateDialog::proposeExpiry);
    connect(m_issued->check(), &QCheckBox::toggled, this, [this](bool known) {
        m_issued->edit()->setEnabled(known);
        proposeExpiry();
    });
    connect(m_expires, &QDateEdit::dateChanged, this, [this] {
        m_expiryPlaceholder = false;
        m_expiryByClerk = m_expiryByClerk || !m_proposing;
        revalidate();
    });
    // Picking today's date in the calendar changes nothing, yet it is the clerk's answer.
    connect(m_expires->calendarWidget(), &QCalendarWidget::clicked, this, [this] {
        m_expiryPlaceholder = false;
        m_expiryByClerk = true;
        revalidate();
    });
    m_expires->installEventFilter(this);
    for (QLineEdit* edit : { m_number, m_holder, m_issuer }) {
        connect(edit, &QLineEdit::textChanged, this, &CertificateDialog::revalidate);
    }
    connect(m_notes, &FormNotes::changed, this, &CertificateDialog::revalidate);
}

void CertificateDialog::loadTypes()
{
    const QSignalBlocker block(m_type);
    m_type->clear();
    m_types.clear();
    // Archived types are offered to no new certificate; one that has such a type keeps it.
    for (const core::CertificateType& t : CertificateRepository(db()).types(true)) {
        if (!t.archived) {
            m_types.append(t);
            m_type->addItem(t.name, t.id);
        } else if (t.id == original().typeId) {
            m_types.append(t);
            m_type->addItem(tr("%1 (archived)").arg(t.name), t.id);
        }
    }
    m_type->setCurrentIndex(-1);
}

qint64 CertificateDialog::enterpriseId() const
{
    return m_enterprise ? m_enterprise->enterpriseId() : original().enterpriseId;
}

const core::CertificateType* CertificateDialog::currentType() const
{
    const qint64 id = m_type->currentData().toLongLong();
    for (const core::CertificateType& t : m_types) {
        if (t.id == id) {
            return &t;
        }
    }
    return nullptr;
}

QDate CertificateDialog::expiry() const
{
    return m_expires->date() == kNoDate || m_expiryPlaceholder ? QDate() : m_expires->date();
}

bool CertificateDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_expires) {
        return QDialog::eventFilter(watched, event);
    }
    // A date field cannot be typed over while it shows "(not entered)". When the clerk enters the empty
    // field it shows today's date to type over, which counts only once she changes or confirms it; left
    // untouched, the field is empty again.
    switch (event->type()) {
    case QEvent::FocusIn:
        if (m_expires->date() == kNoDate) {
            const QSignalBlocker block(m_expires);
            m_expires->setDate(core::Clock::today());
            m_expiryPlaceholder = true;
        }
        break;
    case QEvent::KeyPress:
        if (m_expiryPlaceholder) {
            const auto* key = static_cast<QKeyEvent*>(event);
            const bool edits = (!key->text().isEmpty() && key->text().at(0).isDigit()) || key->key() == Qt::Key_Up
                || key->key() == Qt::Key_Down || key->key() == Qt::Key_PageUp || key->key() == Qt::Key_PageDown;
            if (edits) {
                m_expiryPlaceholder = false;
                m_expiryByClerk = true;
                revalidate();
            }
        }
        break;
    case QEvent::FocusOut:
        if (m_expiryPlaceholder && static_cast<QFocusEvent*>(event)->reason() != Qt::PopupFocusReason) {
            const QSignalBlocker block(m_expires);
            m_expires->setDate(kNoDate);
            m_expiryPlaceholder = false;
            revalidate();
        }
        break;
    default:
        break;
    }
    return QDialog::eventFilter(watched, event);
}

QDate CertificateDialog::issued() const
{
    return m_issued->date();
}

void CertificateDialog::proposeExpiry()
{
    const core::CertificateType* type = currentType();
    const QDate proposal = type ? core::CertificateStatus::defaultExpiry(*type, issued()) : QDate();
    // A date the clerk typed or picked herself stays; an empty one or an earlier proposal is replaced.
    if (proposal.isValid() && (!m_expiryByClerk || !expiry().isValid())) {
        m_proposing = true;
        m_expires->setDate(proposal);
        m_proposing = false;
        m_expiryByClerk = false;
    }
    revalidate();
}

void CertificateDialog::updateHint()
{
    const core::CertificateType* type = currentType();
    QStringList lines;
    if (type) {
        if (type->validityMonths > 0) {
            lines << tr("Usually valid for %n month(s) from the issue date.", nullptr, type->validityMonths);
        } else {
            lines << tr("This type has no fixed validity; enter the expiry date.");
        }
        if (type->reviewMonths > 0) {
            lines << tr("Reviewed every %n month(s).", nullptr, type->reviewMonths);
        }
    }
    if (expiry().isValid()) {
        const qint64 left = core::CertificateStatus::remainingDays(expiry(), core::Clock::today());
        lines << (left >= 0 ? tr("%n day(s) left.", nullptr, static_cast<int>(left))
                            : tr("Expired %n day(s) ago.", nullptr, static_cast<int>(-left)));
    }
    m_hint->setText(lines.join(QLatin1Char(' ')));
    m_hint->setVisible(!lines.isEmpty());
}

core::Certificate CertificateDialog::collect() const
{
    core::Certificate c = original();
    c.enterpriseId = enterpriseId();
    c.typeId = m_type->currentData().toLongLong();
    c.number = m_number->text().trimmed();
    c.holder = m_holder->text().trimmed();
    c.issuer = m_issuer->text().trimmed();
    c.issuedOn = issued();
    c.expiresOn = expiry();
    c.notes = m_notes->text().trimmed();
    return c;
}

void CertificateDialog::revalidate()
{
    if (!frame()) {
        return;
    }
    const core::Certificate c = collect();
    const auto problems = CertificateValidator::validate(c);
    QString enterpriseError;
    if (m_enterprise
        && !CertificateValidator::messageFor(problems, CertificateValidator::Field::Enterprise).isEmpty()) {
        enterpriseError = tr("Choose the enterprise from the list.");
    }
    if (m_enterpriseError) {
        FormErrors::show(m_enterpriseError, enterpriseError);
    }
    const QString typeError = CertificateValidator::messageFor(problems, CertificateValidator::Field::Type);
    FormErrors::show(m_typeError, typeError);
    const QString expiresError = CertificateValidator::messageFor(problems, CertificateValidator::Field::Expiry);
    FormErrors::show(m_expiresError, expiresError);
    // Whatever else the repository would refuse (a text that is too long) is said under the form.
    QString other;
    if (enterpriseError.isEmpty() && typeError.isEmpty() && expiresError.isEmpty() && !problems.isEmpty()) {
        other = problems.first().message;
    }
    frame()->showError(other);
    updateHint();
    frame()->setAcceptEnabled(enterpriseError.isEmpty() && typeError.isEmpty() && expiresError.isEmpty()
                              && other.isEmpty());
}

void CertificateDialog::accept()
{
    // An expiry typed over its placeholder counts from here on.
    revalidate();
    FormDialog::accept();
}

bool CertificateDialog::write(core::Certificate& c, QString* error)
{
    CertificateRepository repository(db());
    return c.id == 0 ? repository.insert(c, error) : repository.update(c, error);
}

} // namespace sl::ui

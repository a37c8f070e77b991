#include "FigureCard.h"

#include <QFontMetrics>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace sl::ui {

FigureCard::FigureCard(const QString& objectName, const QString& caption, QWidget* parent)
    : QFrame(parent)
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    m_title = new QLabel(caption);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_figure = new QLabel;
    m_figure->setObjectName(objectName + QStringLiteral("Figure"));
    m_figure->setTextFormat(Qt::PlainText);
    QFont big = m_figure->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_figure->setFont(big);
    m_fullPointSize = big.pointSizeF();
    // The label takes the width the card has, not the width of its text; fitFigure() makes the text fit it.
    m_figure->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_figure->setMinimumHeight(QFontMetrics(big).height());
    m_figure->installEventFilter(this);
    m_detail = new QLabel;
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    m_title->installEventFilter(this);
    m_detail->installEventFilter(this);
    layout->addWidget(m_title);
    layout->addWidget(m_figure);
    layout->addWidget(m_detail);
    layout->addStretch(1);
    setMinimumWidth(72);
}

void FigureCard::setFigure(const QString& figure, const QString& detail, const QColor& colour)
{
    m_figure->setText(figure);
    QPalette p = m_figure->palette();
    p.setColor(QPalette::WindowText, colour);
    m_figure->setPalette(p);
    m_detail->setText(detail);
    fitFigure();
    fitHeight();
}

void FigureCard::fitHeight()
{
    // The height of the wrapped lines at the width the label has now (none yet before the first layout: a
    // label of no width would ask for a line per character).
    for (QLabel* label : { m_title, m_detail }) {
        const int width = label->contentsRect().width();
        if (width <= 0) {
            continue;
        }
        const int lines = label->heightForWidth(width);
        if (lines > 0 && lines != label->minimumHeight()) {
            label->setMinimumHeight(lines);
        }
    }
}

void FigureCard::fitFigure()
{
    const int room = m_figure->contentsRect().width() - 2 * m_figure->margin() - 2;
    QFont font = m_figure->font();
    qreal size = m_fullPointSize;
    const qreal smallest = 4.0;
    font.setPointSizeF(size);
    while (size > smallest && QFontMetrics(font).horizontalAdvance(m_figure->text()) > room) {
        size = std::max(smallest, size - 0.5);
        font.setPointSizeF(size);
    }
    if (font != m_figure->font()) {
        m_figure->setFont(font);
    }
}

bool FigureCard::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_figure && event->type() == QEvent::Resize) {
        fitFigure();
    } else if ((watched == m_title || watched == m_detail) && event->type() == QEvent::Resize) {
        fitHeight();
    }
    return QFrame::eventFilter(watched, event);
}

QString FigureCard::figure() const
{
    return m_figure->text();
}

void FigureCard::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        emit clicked();
    }
    QFrame::mouseReleaseEvent(event);
}

void FigureCard::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace sl::ui

#pragma once

#include <QFrame>

class QLabel;

namespace sl::ui {

// One figure of the dashboard: a big number with its caption and a line of detail; clicking it
// leads to the records behind it.
class FigureCard : public QFrame
{
    Q_OBJECT

public:
    FigureCard(const QString& objectName, const QString& caption, QWidget* parent = nullptr);

    void setFigure(const QString& figure, const QString& detail, const QColor& colour);
    QString figure() const;

signals:
    void clicked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    // The figure's font, as large as the design wants and as small as the card's width needs: a narrow card
    // shows "393 / 49" whole in a smaller size, never cut.
    void fitFigure();
    // The caption and the detail as tall as their wrapped lines at their width: the row of cards grows rather
    // than squeeze a two-line detail into one line's height (a layout gives a wrapped label only its minimum).
    void fitHeight();

    QLabel* m_title = nullptr;
    QLabel* m_figure = nullptr;
    qreal m_fullPointSize = 0;
    QLabel* m_detail = nullptr;
};

} // namespace sl::ui

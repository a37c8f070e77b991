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
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QLabel* m_figure = nullptr;
    QLabel* m_detail = nullptr;
};

} // namespace sl::ui

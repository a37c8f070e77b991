#pragma once

#include "model/Enterprise.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace sl::core {

class Database;
class Dice;

// The demo street's risk assessments and other services. Most served enterprises get their first assessment
// within the first months of service and a review in most later years; each has two to five risk points
// graded by LEC (one in ten by the risk matrix). The first four assessments carry a point at each of the four
// levels, so the street always shows every colour. About one served enterprise-year in three also had one or
// two services of the other kinds (标准化创建指导, 检测检验, …), and a few hazards name the risk point they belong to.
class DemoRisks
{
    Q_DECLARE_TR_FUNCTIONS(DemoRisks)

public:
    // Meant to run inside the generator's transaction, after the activities and hazards are written.
    static bool write(Database& db, const QList<Enterprise>& enterprises, Dice& dice, const QDate& today,
                      QString* error);
};

} // namespace sl::core

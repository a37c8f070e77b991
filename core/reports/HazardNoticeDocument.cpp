#include "HazardNoticeDocument.h"

#include "HtmlTable.h"
#include "ReportDocument.h"
#include "SealBlock.h"
#include "db/AgencyRepository.h"
#include "db/EnterpriseRepository.h"
#include "db/HazardRepository.h"
#include "model/FixedChinese.h"
#include "rules/HazardLifecycle.h"

#include <QTextDocument>

#include <algorithm>
#include <optional>

namespace sl::core {

// The Chinese texts are written as escapes so that every compiler reads them alike; each is named in pinyin.

namespace {

constexpr qreal kBodyPointSize = 10.5;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// The hazard's last re-check: the event of passing or failing it, if any.
std::optional<HazardEvent> lastRecheck(const QList<HazardEvent>& events)
{
    const QString pass = HazardLifecycle::actionKey(HazardLifecycle::Action::PassRecheck);
    const QString fail = HazardLifecycle::actionKey(HazardLifecycle::Action::FailRecheck);
    std::optional<HazardEvent> last;
    for (const HazardEvent& e : events) {
        if (e.action == pass || e.action == fail) {
            if (!last || e.happenedOn >= last->happenedOn) {
                last = e;
            }
        }
    }
    return last;
}

bool passed(const HazardEvent& e)
{
    return e.action == HazardLifecycle::actionKey(HazardLifecycle::Action::PassRecheck);
}

QString line(const QString& label)
{
    return label + QStringLiteral("________________");
}

// qian shou ren, qian shou ri qi, nian yue ri: signed for by, on (year month day); ben wen shu yi shi liang fen:
// in two copies, one for the enterprise, one for the file.
QString receiptHtml()
{
    return QStringLiteral(
        "<p style=\"margin-top:18px\">\u88ab\u68c0\u67e5\u5355\u4f4d\u7b7e\u6536\u4eba\uff1a________________"
        "&nbsp;&nbsp;&nbsp;&nbsp;\u7b7e\u6536\u65e5\u671f\uff1a______\u5e74____\u6708____\u65e5</p>"
        "<p style=\"font-size:8.5pt\">\u672c\u6587\u4e66\u4e00\u5f0f\u4e24\u4efd\uff0c\u4e00\u4efd\u4ea4"
        "\u88ab\u68c0\u67e5\u5355\u4f4d\uff0c\u4e00\u4efd\u5b58\u6863\u3002</p>");
}

} // namespace

QString HazardNoticeDocument::formTitle(Kind kind)
{
    // yin huan zheng gai tong zhi shu / fu cha yi jian shu
    return kind == Kind::Rectification ? QStringLiteral("\u9690\u60a3\u6574\u6539\u901a\u77e5\u4e66")
                                       : QStringLiteral("\u590d\u67e5\u610f\u89c1\u4e66");
}

QList<qint64> HazardNoticeDocument::openHazards(Database& db, qint64 enterpriseId)
{
    HazardRepository::Filter filter;
    filter.enterpriseId = enterpriseId;
    filter.openOnly = true;
    QList<Hazard> hazards = HazardRepository(db).list(filter);
    std::stable_sort(hazards.begin(), hazards.end(), [](const Hazard& a, const Hazard& b) {
        return a.effectiveDeadline() != b.effectiveDeadline() ? a.effectiveDeadline() < b.effectiveDeadline()
                                                              : a.id < b.id;
    });
    QList<qint64> ids;
    for (const Hazard& h : std::as_const(hazards)) {
        ids << h.id;
    }
    return ids;
}

QList<qint64> HazardNoticeDocument::lastRechecked(Database& db, qint64 enterpriseId)
{
    HazardRepository repository(db);
    HazardRepository::Filter filter;
    filter.enterpriseId = enterpriseId;
    QList<std::pair<QDate, qint64>> rechecked;
    QDate latest;
    for (const Hazard& h : repository.list(filter)) {
        if (const std::optional<HazardEvent> e = lastRecheck(repository.events(h.id))) {
            rechecked.append({ e->happenedOn, h.id });
            latest = std::max(latest, e->happenedOn);
        }
    }
    QList<qint64> ids;
    for (const auto& [day, id] : std::as_const(rechecked)) {
        if (day == latest) {
            ids << id;
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

HazardNoticeDocument::Built HazardNoticeDocument::build(Database& db, Kind kind, const QList<qint64>& hazardIds,
                                                        const QDate& issuedOn, const QString& streetName)
{
    Built built;
    if (hazardIds.isEmpty()) {
        built.error = kind == Kind::Rectification ? tr("There is no hazard to give notice of.")
                                                  : tr("There is no re-checked hazard to give an opinion on.");
        return built;
    }
    HazardRepository repository(db);
    QList<Hazard> hazards;
    QList<std::optional<HazardEvent>> rechecks;
    for (qint64 id : hazardIds) {
        const std::optional<Hazard> h = repository.find(id);
        if (!h) {
            built.error = tr("There is no hazard number %1.").arg(id);
            return built;
        }
        if (!hazards.isEmpty() && h->enterpriseId != hazards.first().enterpriseId) {
            built.error = tr("A notice goes to one enterprise: hazard %1 is another enterprise's.").arg(id);
            return built;
        }
        const std::optional<HazardEvent> recheck = lastRecheck(repository.events(id));
        if (kind == Kind::Recheck && !recheck) {
            built.error
                = tr("Hazard %1 has not been re-checked yet; the opinion is written after the re-check.").arg(id);
            return built;
        }
        hazards << *h;
        rechecks << recheck;
    }
    const std::optional<Enterprise> enterprise = EnterpriseRepository(db).find(hazards.first().enterpriseId);
    if (!enterprise) {
        built.error = tr("The enterprise of hazard %1 is not in the register.").arg(hazards.first().id);
        return built;
    }
    const std::optional<Agency> agency = AgencyRepository(db).find(hazards.first().agencyId);
    const QString office = SealBlock::officeName(streetName);

    QString html = QStringLiteral("<html><body>");
    html
        += QStringLiteral("<p align=\"center\" style=\"font-size:18pt; font-weight:bold\">%1</p>").arg(formTitle(kind));
    // bian hao: number; the year and the first hazard's number identify the notice in the file.
    html += QStringLiteral("<p align=\"right\">\u7f16\u53f7\uff1a%1%2-%3</p>")
                .arg(kind == Kind::Rectification ? QStringLiteral("ZG") : QStringLiteral("FC"))
                .arg(issuedOn.year())
                .arg(hazards.first().id, 6, 10, QLatin1Char('0'));
    html += QStringLiteral("<p><b>%1</b>\uff1a</p>").arg(esc(enterprise->name));
    // tong yi she hui xin yong dai ma, di zhi, an quan lian xi ren: credit code, address, safety contact
    html += QStringLiteral("<p "
                           "style=\"font-size:9pt\">\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801\uff1a%1&nbsp;&"
                           "nbsp;&nbsp;&nbsp;"
                           "\u5730\u5740\uff1a%2&nbsp;&nbsp;&nbsp;&nbsp;\u5b89\u5168\u8054\u7cfb\u4eba\uff1a%3 %4</p>")
                .arg(esc(enterprise->creditCode), esc(enterprise->address), esc(enterprise->safetyContact),
                     esc(enterprise->safetyContactPhone));

    QList<QStringList> rows;
    int n = 0;
    if (kind == Kind::Rectification) {
        QDate found = hazards.first().foundOn;
        for (const Hazard& h : std::as_const(hazards)) {
            found = std::min(found, h.foundOn);
        }
        // A street inspection (街道检查) was the street's own; a joint one (联合检查) with the agency (Inspector.h).
        const Inspector by = hazards.first().inspector;
        const QString who = agency && by == Inspector::Joint
            ? QStringLiteral("\u6211\u8857\u9053\u4f1a\u540c\u5b89\u5168\u670d\u52a1\u673a\u6784\uff08%1\uff09")
                  .arg(esc(agency->name))
            : agency && by == Inspector::Agency
            ? QStringLiteral("\u53d7\u6211\u8857\u9053\u59d4\u6258\u7684\u5b89\u5168\u670d\u52a1\u673a\u6784"
                             "\uff08%1\uff09")
                  .arg(esc(agency->name))
            : QStringLiteral("\u6211\u8857\u9053");
        // jing ... yu ... dui ni dan wei jin xing an quan jian cha, fa xian xia lie shi gu yin huan: on inspecting your
        // unit on (date), (who) found the following hazards.
        html += QStringLiteral(
                    "<p>\u7ecf%1\u4e8e %2 \u8d77\u5bf9\u4f60\u5355\u4f4d\u8fdb\u884c\u5b89\u5168\u68c0\u67e5\uff0c"
                    "\u53d1\u73b0\u4e0b\u5217\u4e8b\u6545\u9690\u60a3 %3 \u5904\uff1a</p>")
                    .arg(who, found.toString(Qt::ISODate))
                    .arg(hazards.size());
        for (const Hazard& h : std::as_const(hazards)) {
            rows << QStringList{ QString::number(++n),
                                 h.place,
                                 h.description,
                                 FixedChinese::hazardGrade(h.grade),
                                 h.demand,
                                 h.effectiveDeadline().toString(Qt::ISODate) };
        }
        // xu hao, yin huan bu wei, yin huan miao shu, deng ji, zheng gai yao qiu, zheng gai qi xian
        html += HtmlTable::html({ QStringLiteral("\u5e8f\u53f7"), QStringLiteral("\u90e8\u4f4d"),
                                  QStringLiteral("\u9690\u60a3\u63cf\u8ff0"), QStringLiteral("\u7b49\u7ea7"),
                                  QStringLiteral("\u6574\u6539\u8981\u6c42"),
                                  QStringLiteral("\u6574\u6539\u671f\u9650") },
                                rows);
        // The legal basis: the Work Safety Law of the PRC (2021), art. 41 (hazards found must be eliminated and
        // recorded) and art. 102 (ordered to eliminate them at once or by a deadline).
        html += QStringLiteral(
                    "<p "
                    "style=\"margin-top:10px\">"
                    "\u4f9d\u636e\u300a\u4e2d\u534e\u4eba\u6c11\u5171\u548c\u56fd\u5b89\u5168\u751f\u4ea7\u6cd5\u300b"
                    "\u7b2c\u56db\u5341\u4e00\u6761\u3001\u7b2c\u4e00\u767e\u96f6\u4e8c\u6761\u7684\u89c4\u5b9a\uff0c"
                    "\u73b0\u8d23\u4ee4\u4f60\u5355\u4f4d\u5bf9\u4e0a\u8ff0\u9690\u60a3\u6309\u6574\u6539\u8981\u6c42"
                    "\u5728\u6574\u6539\u671f\u9650\u5185"
                    "\u6574\u6539\u5b8c\u6bd5\uff0c\u6574\u6539\u671f\u95f4\u91c7\u53d6\u6709\u6548\u7684\u5b89\u5168"
                    "\u9632\u8303\u63aa\u65bd\uff0c"
                    "\u6574\u6539\u5b8c\u6210\u540e\u5c06\u6574\u6539\u60c5\u51b5\u4e66\u9762\u62a5\u544a%"
                    "1\uff0c\u7533\u8bf7\u590d\u67e5\u3002"
                    "\u903e\u671f\u672a\u6574\u6539\u6216\u6574\u6539\u4e0d\u5408\u683c\u7684\uff0c\u5c06\u4f9d\u6cd5"
                    "\u5904\u7406\u3002</p>")
                    .arg(esc(office));
    } else {
        QDate day = rechecks.first()->happenedOn;
        int failedCount = 0;
        for (int i = 0; i < hazards.size(); ++i) {
            const HazardEvent& e = *rechecks.at(i);
            day = std::max(day, e.happenedOn);
            failedCount += passed(e) ? 0 : 1;
            // fu cha he ge, yi xiao hao / fu cha bu he ge, ji xu zheng gai: passed, closed / failed, rectify again
            rows << QStringList{ QString::number(++n),
                                 hazards.at(i).description,
                                 hazards.at(i).effectiveDeadline().toString(Qt::ISODate),
                                 e.happenedOn.toString(Qt::ISODate),
                                 passed(e) ? QStringLiteral("\u5408\u683c\uff0c\u5df2\u9500\u53f7")
                                           : QStringLiteral("\u4e0d\u5408\u683c\uff0c\u7ee7\u7eed\u6574\u6539"),
                                 e.remark };
        }
        // ... yu ... dui ni dan wei shang shu yin huan de zheng gai qing kuang jin xing le fu cha, yi jian ru xia:
        // on (day) (office) re-checked the rectification of the hazards below; the opinion:
        html += QStringLiteral(
                    "<p>%1\u4e8e %2 \u5bf9\u4f60\u5355\u4f4d\u4e0b\u5217\u9690\u60a3\u7684\u6574\u6539\u60c5\u51b5"
                    "\u8fdb\u884c\u4e86\u590d\u67e5\uff0c\u590d\u67e5\u610f\u89c1\u5982\u4e0b\uff1a</p>")
                    .arg(esc(office), day.toString(Qt::ISODate));
        // xu hao, yin huan miao shu, zheng gai qi xian, fu cha ri qi, fu cha jie lun, shuo ming
        html
            += HtmlTable::html({ QStringLiteral("\u5e8f\u53f7"), QStringLiteral("\u9690\u60a3\u63cf\u8ff0"),
                                 QStringLiteral("\u6574\u6539\u671f\u9650"), QStringLiteral("\u590d\u67e5\u65e5\u671f"),
                                 QStringLiteral("\u590d\u67e5\u7ed3\u8bba"), QStringLiteral("\u8bf4\u660e") },
                               rows);
        if (failedCount > 0) {
            // dui fu cha bu he ge de yin huan, ze ling ni dan wei ji xu zheng gai ...: for those that failed, continue
            // and ask for the re-check again; the Work Safety Law art. 102 applies to a hazard left as it is.
            html += QStringLiteral("<p style=\"margin-top:10px\">\u5bf9\u590d\u67e5\u4e0d\u5408\u683c\u7684 %1 "
                                   "\u5904\u9690\u60a3\uff0c"
                                   "\u4f9d\u636e\u300a\u4e2d\u534e\u4eba\u6c11\u5171\u548c\u56fd\u5b89\u5168\u751f"
                                   "\u4ea7\u6cd5\u300b\u7b2c\u4e00\u767e\u96f6\u4e8c\u6761"
                                   "\u7684\u89c4\u5b9a\uff0c\u8d23\u4ee4\u4f60\u5355\u4f4d\u7ee7\u7eed\u6574\u6539"
                                   "\uff0c\u6574\u6539\u5b8c\u6210\u540e\u518d\u6b21\u7533\u8bf7\u590d\u67e5\u3002</p>")
                        .arg(failedCount);
        } else {
            // shang shu yin huan yi zheng gai he ge, yu yi xiao hao: rectified, closed
            html += QStringLiteral(
                "<p "
                "style=\"margin-top:10px\">"
                "\u4e0a\u8ff0\u9690\u60a3\u5df2\u6574\u6539\u5408\u683c\uff0c\u4e88\u4ee5\u9500\u53f7\u3002</p>");
        }
        // fu cha ren: re-checked by
        html += QStringLiteral("<p>%1&nbsp;&nbsp;&nbsp;&nbsp;%2</p>")
                    .arg(line(QStringLiteral("\u590d\u67e5\u4eba\uff1a")),
                         line(QStringLiteral("\u590d\u67e5\u4eba\uff1a")));
    }
    html += SealBlock::html(streetName, issuedOn);
    html += receiptHtml();
    html += QStringLiteral("</body></html>");

    built.document = ReportDocument::fromHtml(html, kBodyPointSize);
    built.title = formTitle(kind) + QStringLiteral("\uff08") + enterprise->name + QStringLiteral("\uff09");
    return built;
}

} // namespace sl::core

#include "BenchOptions.h"

#include "demo/DemoGenerator.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace sl::bench {

namespace {

bool invalid(QString* message, const QString& text)
{
    if (message) {
        *message = text;
    }
    return false;
}

bool readInt(const QString& text, int low, int high, const QString& option, int* value, QString* message)
{
    bool ok = false;
    const int parsed = text.toInt(&ok);
    if (!ok || parsed < low || parsed > high) {
        return invalid(message,
                       QStringLiteral("--%1 takes a whole number between %2 and %3.").arg(option).arg(low).arg(high));
    }
    *value = parsed;
    return true;
}

} // namespace

BenchOptions::Outcome BenchOptions::parse(const QStringList& arguments, QString* message)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures SafeLedger's operations on a big street and compares them with their limits."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("Measure this database instead of a fresh demo street."),
                                QStringLiteral("FILE"));
    const QCommandLineOption enterprises(QStringLiteral("enterprises"),
                                         QStringLiteral("Enterprises of the demo street (default 5000)."),
                                         QStringLiteral("N"), QString::number(this->enterprises));
    const QCommandLineOption years(QStringLiteral("years"), QStringLiteral("Years of history (default 10)."),
                                   QStringLiteral("Y"), QString::number(this->years));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed of the demo street (default 1)."),
                                  QStringLiteral("S"), QString::number(this->seed));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Runs per operation (default 7)."),
                                    QStringLiteral("K"), QString::number(this->repeat));
    const QCommandLineOption quick(
        QStringLiteral("quick"),
        QStringLiteral("Measure only open, search and the derived figures (no import, backups, starts, export-all)."));
    const QCommandLineOption server(
        QStringLiteral("server"),
        QStringLiteral("Also measure the program on a PostgreSQL server: the street is moved into the database the "
                       "address names, which is dropped and made again first (e.g. "
                       "postgresql://user@host/safeledger_bench)."),
        QStringLiteral("ADDRESS"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Also write the results as JSON to FILE."),
                                  QStringLiteral("FILE"));
    QCommandLineOption writeDemo(QStringLiteral("write-demo"), QStringLiteral("Internal: only write a demo street."),
                                 QStringLiteral("FILE"));
    writeDemo.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption startChild(QStringLiteral("start-child"), QStringLiteral("Internal: start the window."),
                                  QStringLiteral("FILE"));
    QCommandLineOption asOf(QStringLiteral("as-of"), QStringLiteral("Internal: today's date."), QStringLiteral("DATE"));
    QCommandLineOption backupFirst(QStringLiteral("backup-first"), QStringLiteral("Internal: 0.1's start order."));
    QCommandLineOption exportChild(QStringLiteral("export-child"), QStringLiteral("Internal: run export-all."),
                                   QStringLiteral("FILE"));
    QCommandLineOption windowChild(QStringLiteral("window-child"), QStringLiteral("Internal: show the main window."),
                                   QStringLiteral("FILE"));
    QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Internal: the package to write."),
                           QStringLiteral("FILE"));
    for (QCommandLineOption* o : { &startChild, &asOf, &backupFirst, &exportChild, &windowChild, &out }) {
        o->setFlags(QCommandLineOption::HiddenFromHelp);
    }
    parser.addOptions({ db, enterprises, years, seed, repeat, quick, server, json, writeDemo, startChild, asOf, backupFirst,
                        exportChild, windowChild, out });

    if (!parser.parse(arguments)) {
        invalid(message, parser.errorText());
        return Outcome::Invalid;
    }
    if (parser.isSet(help)) {
        if (message) {
            *message = parser.helpText();
        }
        return Outcome::ShowedHelp;
    }
    if (!parser.positionalArguments().isEmpty()) {
        invalid(message, QStringLiteral("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
        return Outcome::Invalid;
    }
    if (!readInt(parser.value(enterprises), 1, core::DemoGenerator::kMaxEnterprises, QStringLiteral("enterprises"),
                 &this->enterprises, message)
        || !readInt(parser.value(years), 1, core::DemoGenerator::kMaxYears, QStringLiteral("years"), &this->years,
                    message)
        || !readInt(parser.value(repeat), 1, 1000, QStringLiteral("repeat"), &this->repeat, message)) {
        return Outcome::Invalid;
    }
    bool ok = false;
    this->seed = parser.value(seed).toUInt(&ok);
    if (!ok) {
        invalid(message, QStringLiteral("--seed takes a whole number of 0 or more."));
        return Outcome::Invalid;
    }
    databasePath = parser.value(db);
    jsonPath = parser.value(json);
    serverLocation = parser.value(server);
    writeDemoPath = parser.value(writeDemo);
    startChildPath = parser.value(startChild);
    this->asOf = QDate::fromString(parser.value(asOf), Qt::ISODate);
    this->backupFirst = parser.isSet(backupFirst);
    this->quick = parser.isSet(quick);
    exportChildPath = parser.value(exportChild);
    windowChildPath = parser.value(windowChild);
    outPath = parser.value(out);
    return Outcome::Run;
}

} // namespace sl::bench

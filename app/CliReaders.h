#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace sl::app {

// The values several verbs take, read one way: each option made alike and each bad value refused with the same
// sentence whichever verb it was given to. A reader returns false with that sentence in *refusal.
class CliReaders
{
    Q_DECLARE_TR_FUNCTIONS(CliReaders)

public:
    static constexpr int kFirstYear = 2000;
    static constexpr int kLastYear = 2100;

    // What follows the verb's name, read by the parser with the verb's options: false with the parser's reason.
    static bool parse(QCommandLineParser& parser, const QString& verb, const QStringList& args, QString* refusal);

    static QCommandLineOption yearOption();
    static QCommandLineOption quarterOption();
    static QCommandLineOption outOption();

    // --year Y, required: a whole year from kFirstYear to kLastYear.
    static bool year(const QCommandLineParser& parser, const QCommandLineOption& option, int* year, QString* refusal);
    // --quarter Q, required: 1 to 4.
    static bool quarter(const QCommandLineParser& parser, const QCommandLineOption& option, int* quarter,
                        QString* refusal);
    // --out FILE, required, its name ending in one of suffixes (".csv"; any name when suffixes is empty).
    static bool outFile(const QCommandLineParser& parser, const QCommandLineOption& option, const QStringList& suffixes,
                        QString* out, QString* refusal);
    // A day written YYYY-MM-DD, for the option named (--as-of, --from, --to).
    static bool date(const QString& optionName, const QString& value, QDate* day, QString* refusal);
    // --as-of YYYY-MM-DD: that day is taken as today (core::Clock) for the whole run.
    static bool asOf(const QString& value, QString* refusal);
    // Nothing but options after the verb.
    static bool noOtherArguments(const QCommandLineParser& parser, QString* refusal);
};

} // namespace sl::app

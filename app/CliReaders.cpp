#include "CliReaders.h"

#include "Clock.h"

#include <algorithm>

namespace sl::app {

QCommandLineOption CliReaders::yearOption()
{
    return QCommandLineOption(QStringLiteral("year"), tr("The calendar year."), QStringLiteral("Y"));
}

QCommandLineOption CliReaders::quarterOption()
{
    return QCommandLineOption(QStringLiteral("quarter"), tr("The quarter, 1 to 4."), QStringLiteral("Q"));
}

QCommandLineOption CliReaders::outOption()
{
    return QCommandLineOption(QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE"));
}

bool CliReaders::year(const QCommandLineParser& parser, const QCommandLineOption& option, int* year, QString* refusal)
{
    bool ok = false;
    *year = parser.value(option).toInt(&ok);
    if (!parser.isSet(option) || !ok || *year < kFirstYear || *year > kLastYear) {
        *refusal = tr("--year needs a year between %1 and %2.").arg(kFirstYear).arg(kLastYear);
        return false;
    }
    return true;
}

bool CliReaders::quarter(const QCommandLineParser& parser, const QCommandLineOption& option, int* quarter,
                         QString* refusal)
{
    bool ok = false;
    *quarter = parser.value(option).toInt(&ok);
    if (!parser.isSet(option) || !ok || *quarter < 1 || *quarter > 4) {
        *refusal = tr("--quarter must be 1, 2, 3 or 4.");
        return false;
    }
    return true;
}

bool CliReaders::outFile(const QCommandLineParser& parser, const QCommandLineOption& option,
                         const QStringList& suffixes, QString* out, QString* refusal)
{
    *out = parser.value(option);
    const bool named = std::any_of(suffixes.cbegin(), suffixes.cend(),
                                   [out](const QString& suffix) { return out->endsWith(suffix, Qt::CaseInsensitive); });
    if (out->isEmpty() || (!suffixes.isEmpty() && !named)) {
        QStringList files;
        for (const QString& suffix : suffixes) {
            files << QStringLiteral("FILE") + suffix;
        }
        *refusal = suffixes.isEmpty() ? tr("--out needs the name of the file to write.")
                                      : tr("--out needs the file to write, named %1.").arg(files.join(tr(" or ")));
        return false;
    }
    return true;
}

bool CliReaders::date(const QString& optionName, const QString& value, QDate* day, QString* refusal)
{
    *day = QDate::fromString(value, Qt::ISODate);
    if (!day->isValid()) {
        *refusal = tr("%1 needs a date written YYYY-MM-DD.").arg(optionName);
        return false;
    }
    return true;
}

bool CliReaders::asOf(const QString& value, QString* refusal)
{
    QDate day;
    if (!date(QStringLiteral("--as-of"), value, &day, refusal)) {
        return false;
    }
    core::Clock::setToday(day);
    return true;
}

bool CliReaders::parse(QCommandLineParser& parser, const QString& verb, const QStringList& args, QString* refusal)
{
    if (!parser.parse(QStringList{ verb } + args)) {
        *refusal = parser.errorText();
        return false;
    }
    return true;
}

bool CliReaders::noOtherArguments(const QCommandLineParser& parser, QString* refusal)
{
    if (!parser.positionalArguments().isEmpty()) {
        *refusal = tr("Unexpected argument %1.").arg(parser.positionalArguments().first());
        return false;
    }
    return true;
}

} // namespace sl::app

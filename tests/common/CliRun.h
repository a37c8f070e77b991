#pragma once

#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>

// A run of the real safeledger-cli, as the clerk or a script would start it: in the locale given, with HOME and the
// XDG folders in the test's folder (the user's settings, and a server database's seat folders, stay out of it).
struct CliRun
{
    int exitCode = -1; // -2: it crashed; -1: it did not finish in time
    QString out;
    QString err;

    // shellCommand, when given, is run by /bin/sh instead (for redirections and limits); args are then unused.
    static CliRun start(const QString& program, const QStringList& args, const QDir& home,
                        const QString& lang = QStringLiteral("C.UTF-8"), const QString& shellCommand = QString(),
                        int timeoutMs = 240000)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), lang);
        if (lang != QLatin1String("C.UTF-8")) {
            env.insert(QStringLiteral("LC_ALL"), lang);
            env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN"));
        }
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        if (shellCommand.isEmpty()) {
            p.start(program, args);
        } else {
            p.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), shellCommand });
        }
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
                 QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
    }
};

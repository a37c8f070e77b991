#include <QFile>
#include <QStringList>
#include <QTest>
#include <QXmlStreamReader>

// The Chinese catalogue is complete: every message has a translation, every plural form is filled, none is left
// unfinished or empty (an empty plural form shows the English text to the clerk, as the CLI's export-all once did).
class TestTranslationFile : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageIsTranslated()
    {
        QFile file(QStringLiteral(SAFELEDGER_TS_FILE));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        QStringList missing;
        int messages = 0;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                continue;
            }
            if (xml.name() == QLatin1String("message")) {
                ++messages;
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                if (type == QLatin1String("obsolete") || type == QLatin1String("vanished")) {
                    continue;
                }
                if (type == QLatin1String("unfinished")) {
                    missing << source;
                    continue;
                }
                // Either text of its own or plural forms, each filled.
                bool plural = false;
                bool empty = false;
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters()) {
                        text += xml.text();
                    } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                        plural = true;
                        if (xml.readElementText().trimmed().isEmpty()) {
                            empty = true;
                        }
                    }
                }
                if (empty || (!plural && text.trimmed().isEmpty())) {
                    missing << source;
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages > 1000, qPrintable(QString::number(messages)));
        QVERIFY2(
            missing.isEmpty(),
            qPrintable(QStringLiteral("%1 untranslated:\n").arg(missing.size()) + missing.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslationFile)
#include "TestTranslationFile.moc"

#pragma once

// Helpers shared by the files of mandatdesk-cli (one file per group of commands).

#include "checks/Problem.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Mandat {

namespace CliSupport {

QString jsonText(const QJsonValue& v);
// The command of a command line: its first word after the global options (and their
// values), or null when there is none.
const char* commandWord(int argc, char* argv[]);
// Organisation, application name and version, as settings and --version read them.
void setApplicationNames();
QByteArray readAll(const QString& path, QString* error);
QString problemsText(const QList<Problem>& problems);
// --max-size's value: a number of megabytes above 0 and at most kMaxMegabytes, in bytes.
constexpr double kMaxMegabytes = 1024 * 1024; // a terabyte: beyond, no file is read anyway
bool megabytes(const QString& value, qint64* bytes);

// A parser for one sub-command's options; errors come back instead of exiting.
struct SubParser
{
    QCommandLineParser parser;
    SubParser() { parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions); }
    void add(const QString& name, const QString& valueName = {})
    {
        parser.addOption(valueName.isEmpty() ? QCommandLineOption(name)
                                             : QCommandLineOption(name, {}, valueName));
    }
    bool parse(const QStringList& args, QString* error)
    {
        // QCommandLineParser skips args[0], the program name.
        if (!parser.parse(QStringList { QStringLiteral("cli") } + args)) {
            *error = parser.errorText();
            return false;
        }
        return true;
    }
};

} // namespace CliSupport

} // namespace Mandat

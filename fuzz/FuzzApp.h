#pragma once

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace Mandat {

/*
 * What a target that opens a profile, a database or sockets needs once per process: an
 * application object (the SQL drivers, the event loop), the test mode (nothing touches the
 * real profile) and a folder of its own, removed when the fuzzer ends.
 */
class FuzzApp
{
public:
    enum Kind { Core, Gui };
    // The first call decides the kind of application.
    static FuzzApp& instance(Kind kind = Core)
    {
        static FuzzApp app(kind);
        return app;
    }
    QString dir() const { return m_dir.path(); }

private:
    explicit FuzzApp(Kind kind)
    {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QStandardPaths::setTestModeEnabled(true);
        // The code's own log would be most of the time spent; MANDAT_FUZZ_TRACE=1 keeps it.
        if (!qEnvironmentVariableIsSet("MANDAT_FUZZ_TRACE"))
            QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
        QCoreApplication::setApplicationName(QStringLiteral("mandatdesk-fuzz"));
        if (kind == Gui)
            m_app = new QGuiApplication(m_argc, m_argv);
        else
            m_app = new QCoreApplication(m_argc, m_argv);
    }
    int m_argc = 1;
    char m_name[16] = "mandatdesk-fuzz";
    char* m_argv[2] = { m_name, nullptr };
    QCoreApplication* m_app = nullptr; // lives as long as the process
    QTemporaryDir m_dir;
};

} // namespace Mandat

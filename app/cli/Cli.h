#pragma once

#include "model/Dossier.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <optional>

namespace Mandat {

class Profile;
class PortalClient;

/*
 * mandatdesk-cli: the core, headless, for scripts and outsourcers' batch work.
 *   mandatdesk-cli [--profile DIR] [--json] [--today YYYY-MM-DD] [--lang fr|en] COMMAND ...
 * Exit codes: 0 done and nothing blocks; 1 understood but something blocks; 2 usage error
 * or unreadable input. With --json, stdout holds exactly one JSON document and every
 * message goes to stderr.
 *
 * CliBase holds what every command shares (global options, help, messages) and `check`,
 * which the executable runs itself with Qt Core and Poppler's C++ interface only; Cli adds
 * the commands of a profile, a template or the portal, in the module libmandatdesk_cli.so
 * that the executable loads for them (main.cpp).
 */
class CliBase
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum Exit { Ok = 0, Blocked = 1, Usage = 2 };

    CliBase(QTextStream& out, QTextStream& err);
    virtual ~CliBase();

    // args[0] is the program name, as in QCoreApplication::arguments().
    int run(const QStringList& args);
    // A C (CliBase or Cli) run on the application's arguments, on standard output and error.
    template<class C> static int runOnConsole()
    {
        QTextStream out(stdout);
        QTextStream err(stderr);
        C cli(out, err);
        const int code = cli.run(QCoreApplication::arguments());
        out.flush();
        err.flush();
        return code;
    }

protected:
    // A command and its arguments, after the global options.
    virtual int dispatch(const QString& command, const QStringList& args);
    int check(const QStringList& args);
    int usage(const QString& message);
    // Says why on stderr and, with --json, as {"error", "message"} plus `details` on stdout.
    int fail(int code, const QString& errorCode, const QString& message, const QJsonObject& details = {});
    void emitResult(const QJsonValue& json, const QString& text);
    QString helpText() const;

    QTextStream& m_out;
    QTextStream& m_err;
    bool m_json = false;
    QString m_profileDir;
};

class Cli : public CliBase
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli(QTextStream& out, QTextStream& err);
    ~Cli() override;

protected:
    int dispatch(const QString& command, const QStringList& args) override;

private:
    int numbers(const QStringList& args);
    int numbersAuthorised(const QStringList& args);
    int dossier(const QStringList& args);
    int dossierCreate(const QStringList& args);
    int dossierList(const QStringList& args);
    int dossierShow(const QStringList& args);
    int dossierSetStatus(const QStringList& args);
    int dossierRenew(const QStringList& args);
    int company(const QStringList& args);
    int dossierAddDocument(const QStringList& args);
    int dossierCheck(const QStringList& args);
    int dossierSetDate(const QStringList& args);
    int dossierConfirmSignature(const QStringList& args);
    int dossierMoveDocument(const QStringList& args);
    int dossierConflicts(const QStringList& args);
    int dossierResolve(const QStringList& args);
    int portalShareDrafts(const QStringList& args);
    int templateCommand(const QStringList& args);
    int templateMap(const QStringList& args);
    int templatePlace(const QStringList& args);
    int print(const QStringList& args);
    int exportPdf(const QStringList& args);
    int portal(const QStringList& args);
    int sync(const QStringList& args);
    int submit(const QStringList& args);
    // A client for the profile's portal, logged in from the keychain or the password on stdin.
    std::unique_ptr<PortalClient> portalClient(bool passwordFromStdin, QString* error);
    int fill(const QStringList& args);
    int companySetProvider(const QStringList& args);
    int exportArchive(const QStringList& args);
    int importArchive(const QStringList& args);
    int importCsv(const QStringList& args);

    bool openProfile(QString* error);
    // Opens the profile and finds the dossier an argument names (a full id or a prefix);
    // when it cannot, says why and sets *exitCode.
    std::optional<Dossier> dossierArgument(const QString& idOrPrefix, int* exitCode);

    std::unique_ptr<Profile> m_profile;
};

} // namespace Mandat

#include "TestCertificates.h"

#include <QFile>
#include <QProcess>
#include <QSslKey>

namespace Mandat {

namespace TestCertificates {

bool make(const QString& dir, QSslConfiguration* serverTls, QSslCertificate* authority, QString* error)
{
    QProcess script;
    script.start(QStringLiteral("bash"),
                 { QStringLiteral(MANDATDESK_SOURCE_DIR "/scripts/make-test-certs.sh"), dir });
    if (!script.waitForFinished(60000) || script.exitCode() != 0) {
        *error = QString::fromUtf8(script.readAllStandardError());
        return false;
    }
    QFile ca(dir + QStringLiteral("/ca.pem"));
    QFile cert(dir + QStringLiteral("/server.pem"));
    QFile key(dir + QStringLiteral("/server.key"));
    if (!ca.open(QIODevice::ReadOnly) || !cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the certificates were not written");
        return false;
    }
    *authority = QSslCertificate(ca.readAll());
    *serverTls = QSslConfiguration::defaultConfiguration();
    serverTls->setLocalCertificate(QSslCertificate(cert.readAll()));
    serverTls->setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
    return !authority->isNull() && !serverTls->privateKey().isNull();
}

} // namespace TestCertificates

} // namespace Mandat

#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

namespace Mandat {

/*
 * Certificates made for a test by scripts/make-test-certs.sh in `dir`: the server's TLS
 * configuration (certificate for 127.0.0.1 and localhost, and its key) and the authority
 * that signed it, for the client to pin. Nothing is committed.
 */
namespace TestCertificates {
bool make(const QString& dir, QSslConfiguration* serverTls, QSslCertificate* authority, QString* error);
} // namespace TestCertificates

} // namespace Mandat

#pragma once

#include <QByteArray>
#include <QHash>
#include <QHttpServerRequest>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace Mandat {

/*
 * What the portal's handlers read of a request, copied on the event loop so that a handler
 * thread can answer it (QHttpServerRequest is neither copyable nor the handler thread's to
 * keep: it goes when its route returns). The body is shared, not copied.
 */
class PortalRequest
{
public:
    // `clientAddress`: the client's, as the server decides it (the proxy's X-Real-IP behind one).
    PortalRequest(const QHttpServerRequest& request, const QString& clientAddress);

    // A header's value as QHttpServerRequest::value gives it; the name in any case.
    QByteArray value(const QByteArray& name) const { return m_headers.value(name.toLower()); }
    QUrl url() const { return m_url; }
    QUrlQuery query() const { return m_query; }
    QHttpServerRequest::Method method() const { return m_method; }
    QByteArray body() const { return m_body; }
    QString clientAddress() const { return m_clientAddress; }

private:
    QHash<QByteArray, QByteArray> m_headers; // lower-case names
    QUrl m_url;
    QUrlQuery m_query;
    QHttpServerRequest::Method m_method;
    QByteArray m_body;
    QString m_clientAddress;
};

} // namespace Mandat

#include "PortalRequest.h"

namespace Mandat {

PortalRequest::PortalRequest(const QHttpServerRequest& request, const QString& clientAddress)
    : m_url(request.url())
    , m_query(request.query())
    , m_method(request.method())
    , m_body(request.body())
    , m_clientAddress(clientAddress)
{
    // Each name once, with the value the server's own lookup gives (repeated headers included).
    for (const auto& header : request.headers()) {
        const QByteArray name = header.first.toLower();
        if (!m_headers.contains(name))
            m_headers.insert(name, request.value(header.first));
    }
}

} // namespace Mandat

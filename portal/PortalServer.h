#pragma once

#include "PortalStore.h"

#include <QHash>
#include <QHttpServer>
#include <QSslConfiguration>
#include <functional>

namespace Mandat {

/*
 * The reference operator portal: the API of docs/portal-api.md over HTTPS with
 * QtHttpServer, on top of PortalStore. Time comes from a function the tests and the
 * command line can set.
 */
class PortalServer
{
public:
    explicit PortalServer(PortalStore& store);

    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    // TLS first (sslSetup before listen), then the port (0: any free one).
    quint16 listen(const QSslConfiguration& tls, const QHostAddress& address, quint16 port);

    static constexpr qint64 kMaxJsonBody = 1024 * 1024;
    static constexpr qint64 kMaxDocumentBody = 20 * 1024 * 1024;

private:
    QHttpServerResponse login(const QHttpServerRequest& request);
    QHttpServerResponse getMandate(const QString& id, const QHttpServerRequest& request);
    QHttpServerResponse putMandate(const QString& id, const QHttpServerRequest& request);
    QHttpServerResponse putDocument(const QString& id, const QString& kind, const QString& sha,
                                    const QHttpServerRequest& request);
    QHttpServerResponse deleteDocument(const QString& id, const QString& kind, const QString& sha,
                                       const QHttpServerRequest& request);
    QHttpServerResponse submit(const QString& id, const QHttpServerRequest& request);
    QHttpServerResponse changes(const QHttpServerRequest& request);

    // The user behind the bearer token, allowed to manage mandates; otherwise *refusal is set.
    std::optional<PortalStore::User> authorise(const QHttpServerRequest& request,
                                               QHttpServerResponse* refusal);
    QJsonObject mandateJson(const PortalStore::Mandate& m) const;
    std::optional<PortalStore::Mandate> ownMandate(const QString& id, const PortalStore::User& user) const;

    PortalStore& m_store;
    QHttpServer m_server;
    std::function<QDateTime()> m_now;
    // Requests per token in the current minute (the stated limit: 600).
    QHash<QString, QPair<qint64, int>> m_rate;
    QString m_templatePath;
    int m_failingSubmits = 0;
    int m_slowSubmits = 0;
    int m_delayMs = 0;
    QString m_mappingPath;

public:
    static constexpr int kRequestsPerMinute = 600;
    // The operator's blank mandate and its field mapping (JSON {"fields": {...}}) served at /api/v1/template.
    // Fault injection for tests and demos: the next `failing` submissions answer 500 without
    // doing anything; the next `slow` ones are done, then answered `delayMs` late.
    void setFaults(int failing, int slow, int delayMs)
    {
        m_failingSubmits = failing;
        m_slowSubmits = slow;
        m_delayMs = delayMs;
    }
    void setTemplate(const QString& pdfPath, const QString& mappingPath)
    {
        m_templatePath = pdfPath;
        m_mappingPath = mappingPath;
    }
};

} // namespace Mandat

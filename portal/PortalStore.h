#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace Mandat {

/*
 * The reference portal's data, in its own SQLite database: accounts and users (salted
 * PBKDF2 password hashes), session tokens, mandates with their versions and documents,
 * idempotency keys, and the change log the clients pull with a cursor.
 */
class PortalStore
{
public:
    struct User
    {
        qint64 id = 0;
        QString login;
        QString account;
        bool admin = false;
        bool mandatesRight = false;
        bool mayManageMandates() const { return admin || mandatesRight; }
    };

    struct Mandate
    {
        QString id;
        QString account;
        int version = 0;
        QJsonObject data; // name, client, numbers, use, renews
        QString status = QStringLiteral("not_submitted");
        QString rejectionCode;
        QString rejectionReason;
        QDate validatedOn;
        QDate validUntil;
        QDateTime updatedAt;
    };

    struct StoredDocument
    {
        QString kind;
        QString sha256;
        qint64 size = 0;
        QString mediaType;
        QString name;
        QByteArray bytes;
    };

    explicit PortalStore(const QString& path);
    ~PortalStore();
    bool open(QString* error);

    bool addUser(const QString& login, const QString& password, const QString& account, bool admin,
                 bool mandatesRight, QString* error);
    std::optional<User> checkPassword(const QString& login, const QString& password) const;
    QString newToken(qint64 userId, const QDateTime& expires);
    // The user a token belongs to; *expired tells a known but expired token.
    std::optional<User> userForToken(const QString& token, const QDateTime& now, bool* expired) const;

    std::optional<Mandate> mandate(const QString& id) const;
    bool saveMandate(Mandate& m, const QDateTime& now, QString* error); // bumps version, logs a change
    bool setStatus(Mandate& m, const QDateTime& now, QString* error); // logs a change, same version
    QList<Mandate> mandates(const QString& status = {}) const;

    bool putDocument(const QString& mandateId, const StoredDocument& doc, bool* existed, QString* error);
    QList<StoredDocument> documents(const QString& mandateId, bool withBytes) const;
    bool removeDocument(const QString& mandateId, const QString& kind, const QString& sha256);

    // Idempotency: the stored answer for a key, or nothing; `fingerprint` identifies the request.
    struct Idempotent
    {
        QString fingerprint;
        int status = 0; // 0 while in flight
        QByteArray body;
    };
    std::optional<Idempotent> idempotent(const QString& key, const QDateTime& now) const;
    bool beginIdempotent(const QString& key, const QString& fingerprint, const QDateTime& now);
    void finishIdempotent(const QString& key, int status, const QByteArray& body);

    QList<QJsonObject> changes(qint64 since, int limit, qint64* last, bool* more) const;

private:
    bool logChange(const Mandate& m, const QDateTime& now, QString* error);
    QString m_path;
    QString m_connection;
};

} // namespace Mandat

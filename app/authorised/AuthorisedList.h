#pragma once

#include "numbering/NumberCategory.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace Mandat {

class Database;

// A valid mandate a number is presented under.
struct AuthorisedMandate
{
    QUuid dossierId;
    QString name;
    QDate validatedOn;
    QDate validUntil; // the first day it is no longer valid
};

struct AuthorisedNumber
{
    QString e164;
    QString national;
    NumberCategory category = NumberCategory::Invalid;
    AuthorisedMandate mandate; // of the client's valid mandates covering it, the one that lasts longest
    QList<AuthorisedMandate> alsoValidUnder; // the client's other valid mandates covering it, longest first
};

struct AuthorisedClient
{
    QString legalName;
    QString siren;
    QList<AuthorisedNumber> numbers; // in E.164 order
};

/*
 * The numbers the provider may present on a day, per client: what ARCEP decision 2025-2215
 * (in force 1 January 2026) has the originating operator write in its contract and block
 * outside of. It is exactly the numbers of the valid mandates: stored as valid, validated
 * on or before the day, and not expired on it (DossierStatus::effective). A number covered
 * by several valid mandates of the same client appears once, under the one that lasts
 * longest. Read in one query, a few milliseconds for ten thousand dossiers.
 */
class AuthorisedList
{
    Q_DECLARE_TR_FUNCTIONS(AuthorisedList)

public:
    static std::optional<AuthorisedList> build(Database& db, const QDate& on, QString* error);

    QDate on() const { return m_on; }
    // Sorted by legal name, then SIREN.
    const QList<AuthorisedClient>& clients() const { return m_clients; }
    int numberCount() const;

private:
    QDate m_on;
    QList<AuthorisedClient> m_clients;
};

} // namespace Mandat

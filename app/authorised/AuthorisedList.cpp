#include "AuthorisedList.h"

#include "model/DossierStatus.h"
#include "numbering/NumberClassifier.h"
#include "store/Database.h"

#include <QDateTime>
#include <QMap>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace Mandat {

namespace {
bool lastsLonger(const AuthorisedMandate& a, const AuthorisedMandate& b)
{
    if (a.validUntil != b.validUntil)
        return a.validUntil > b.validUntil;
    if (a.validatedOn != b.validatedOn)
        return a.validatedOn > b.validatedOn;
    if (a.name != b.name)
        return a.name < b.name;
    return a.dossierId.toString() < b.dossierId.toString();
}
} // namespace

std::optional<AuthorisedList> AuthorisedList::build(Database& db, const QDate& on, QString* error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // Stored as valid, or expired since (a mandate expired now was valid on an earlier day): whether
    // it was valid on the day is decided below. Valid only ever leads to expired, so these two are all
    // the mandates that were ever valid; an expiry the portal gave before the mandate's year ended
    // counts from the day it was recorded.
    q.prepare(QStringLiteral(
        "SELECT c.legal_name, c.siren, d.id, d.name, d.status, d.validated_on, d.valid_until, n.e164,"
        " (SELECT MIN(h.at) FROM status_history h WHERE h.dossier_id = d.id AND h.to_status = ?)"
        " FROM dossiers d JOIN companies c ON c.id = d.client_id"
        " JOIN dossier_numbers n ON n.dossier_id = d.id"
        " WHERE d.status IN (?, ?)"));
    q.addBindValue(DossierStatus::code(DossierStatus::Expired));
    q.addBindValue(DossierStatus::code(DossierStatus::Valid));
    q.addBindValue(DossierStatus::code(DossierStatus::Expired));
    if (!execQuery(q, error))
        return std::nullopt;

    struct Key
    {
        QString siren;
        QString e164;
        bool operator<(const Key& o) const { return siren != o.siren ? siren < o.siren : e164 < o.e164; }
    };
    QMap<Key, QList<AuthorisedMandate>> mandates;
    QMap<QString, QString> legalNames; // SIREN -> the legal name of its longest mandate seen
    QMap<QString, QDate> legalNameUntil;
    while (q.next()) {
        DossierStatus::Status stored = DossierStatus::NotSubmitted;
        DossierStatus::fromCode(q.value(4).toString(), &stored);
        AuthorisedMandate m;
        m.dossierId = QUuid::fromString(q.value(2).toString());
        m.name = q.value(3).toString();
        m.validatedOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        m.validUntil = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        if (stored == DossierStatus::Expired) {
            QDateTime expiredAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
            expiredAt.setTimeSpec(Qt::UTC);
            const QDate expiredOn = expiredAt.toLocalTime().date();
            if (expiredOn.isValid() && (!m.validUntil.isValid() || expiredOn < m.validUntil))
                m.validUntil = expiredOn;
            if (!m.validUntil.isValid())
                continue; // expired on a day nobody knows: never listed
        }
        if (m.validUntil.isValid() && on >= m.validUntil)
            continue; // ended
        if (m.validatedOn.isValid() && m.validatedOn > on)
            continue; // not valid yet on that day
        // A client without SIREN (never from the editor or the CLI) is told apart by its name.
        const QString legalName = q.value(0).toString();
        QString siren = q.value(1).toString();
        if (siren.isEmpty())
            siren = u'~' + legalName;
        if (!legalNames.contains(siren) || m.validUntil > legalNameUntil.value(siren)) {
            legalNames.insert(siren, legalName);
            legalNameUntil.insert(siren, m.validUntil);
        }
        mandates[Key { siren, q.value(7).toString() }].append(m);
    }

    const NumberClassifier& classifier = NumberClassifier::builtIn();
    AuthorisedList list;
    list.m_on = on;
    QMap<QString, AuthorisedClient> clients;
    for (auto it = mandates.begin(); it != mandates.end(); ++it) {
        QList<AuthorisedMandate> ms = it.value();
        std::sort(ms.begin(), ms.end(), lastsLonger);
        AuthorisedNumber n;
        n.e164 = it.key().e164;
        const NumberClassification c = classifier.classify(n.e164);
        n.national = c.valid ? c.national : n.e164;
        n.category = c.category;
        n.mandate = ms.takeFirst();
        n.alsoValidUnder = ms;
        AuthorisedClient& client = clients[it.key().siren];
        if (client.numbers.isEmpty()) {
            client.siren = it.key().siren.startsWith(u'~') ? QString() : it.key().siren;
            client.legalName = legalNames.value(it.key().siren);
        }
        client.numbers.append(n); // the map's order: E.164 within a SIREN
    }
    list.m_clients = clients.values();
    std::stable_sort(list.m_clients.begin(), list.m_clients.end(),
                     [](const AuthorisedClient& a, const AuthorisedClient& b) {
                         const int byName = QString::localeAwareCompare(a.legalName, b.legalName);
                         return byName != 0 ? byName < 0 : a.siren < b.siren;
                     });
    return list;
}

int AuthorisedList::numberCount() const
{
    int count = 0;
    for (const AuthorisedClient& c : m_clients)
        count += int(c.numbers.size());
    return count;
}

} // namespace Mandat

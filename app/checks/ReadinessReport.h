#pragma once

#include "DocumentCheck.h"
#include "Problem.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QMap>

namespace Mandat {

class BlobStore;
class DossierStore;

/*
 * Whether a dossier can be submitted on a given day: its numbers against the numbering
 * plan and the dossier's use, the client's SIREN, the documents present, each document's
 * own check (from the text stored when it was added: nothing is read twice), every
 * number shown on at least one fresh invoice (written out or inside an SDA block), each
 * invoice made out to the client, and the signed mandate dated and listing the dossier's
 * numbers.
 */
class ReadinessReport
{
    Q_DECLARE_TR_FUNCTIONS(ReadinessReport)

public:
    QUuid dossierId;
    QString dossierName;
    QDate checkDay;
    QList<Problem> problems;
    QList<DocumentCheck::Result> documents;
    QMap<QString, QStringList> invoicesByNumber; // E.164 -> invoice file names that show it (fresh ones)
    // E.164 -> (invoice file name, SDA block as written) for the fresh invoices that show it in a block
    QMap<QString, QList<QPair<QString, QString>>> blocksByNumber;

    bool ready() const { return !hasBlocking(problems); }
    int blockingCount() const;
    int warningCount() const;
    // The first blocking problem's message (what "not ready" means first), or empty.
    QString firstBlocking() const;
    // The first day one of the documents stops being fresh, if any is dated.
    QDate earliestStaleOn() const;
    QJsonObject toJson() const;

    static ReadinessReport build(const Dossier& dossier, DossierStore& store, BlobStore& blobs,
                                 const QDate& checkDay);
};

} // namespace Mandat

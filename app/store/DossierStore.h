#pragma once

#include "model/Document.h"
#include "model/Dossier.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <functional>
#include <map>
#include <optional>

namespace Mandat {

class BlobStore;
class Database;

// A document as an archive carries it: its row and the text read from each page.
struct ImportedDocument
{
    Document document;
    QStringList pages;
};

/*
 * Dossiers, their history and their documents in the profile's database. Every public
 * method that changes something is one user action and one transaction: it either
 * happens whole or not at all. Times come from Clock, so rules are testable at any date.
 */
class DossierStore
{
    Q_DECLARE_TR_FUNCTIONS(DossierStore)

public:
    DossierStore(Database& db, BlobStore& blobs);

    // Saves a new dossier (an id is generated if it has none) with its creation entry.
    bool createDossier(Dossier& dossier, const QString& by, QString* error);
    // Saves edits of name, client, numbers and use.
    bool updateDossier(Dossier& dossier, QString* error);
    // A dossier shared with the portal is remembered as forgotten (SyncState::isForgotten): the
    // portal's later changes of it do not bring it back here.
    bool deleteDossier(const QUuid& id, QString* error);
    // Creates many dossiers in one transaction: all of them, or none.
    bool createDossiers(QList<Dossier>& dossiers, const QString& by, QString* error,
                        const std::function<void(int, int)>& progress = {});
    /*
     * Inserts a dossier as it was in another profile: its id, times, status, history and
     * documents (whose bytes the caller put in the blob store). An existing dossier with
     * that id is refused, or replaced when asked; the hashes of its documents go to
     * *releasedHashes for releaseBlobs() once the caller's transaction is committed.
     */
    bool insertImported(Dossier dossier, const QList<ImportedDocument>& documents, bool replace,
                        QStringList* releasedHashes, QString* error);
    // Removes the stored bytes that no document refers to any more.
    void releaseBlobs(const QStringList& hashes);

    std::optional<Dossier> dossier(const QUuid& id, QString* error) const;
    // A full id or a unique prefix of one, as users type them in the CLI.
    std::optional<Dossier> findDossier(const QString& idOrPrefix, QString* error) const;
    QList<Dossier> dossiers(QString* error) const;
    // The dossiers whose status an archive brought and no portal has confirmed yet.
    QList<QUuid> unconfirmedStatuses(QString* error) const;
    // Many dossiers whole (client, numbers, history, documents with their page texts), in
    // the order of `ids`, in a few queries (archives, exports): not one query per dossier.
    struct FullDossier
    {
        Dossier dossier;
        QList<ImportedDocument> documents;
    };
    std::optional<QList<FullDossier>> fullDossiers(const QList<QUuid>& ids, QString* error) const;
    int dossierCount() const;

    // Applies a status change through the status machine and records it.
    // `alsoInTransaction` runs in the same transaction (the sync outbox): both happen or neither.
    bool setStatus(const QUuid& id, DossierStatus::Status to, const QDate& on, const QString& reason,
                   const QString& by, Dossier* updated, QString* error,
                   const std::function<bool(QString*)>& alsoInTransaction = {});
    // A line in the dossier's history that changes no status (what the sync did, a conflict and
    // how it was resolved), in the caller's transaction if any.
    bool addHistoryNote(const QUuid& id, const QString& note, const QString& by, QString* error);
    // The portal confirmed the status an archive brought (Dossier::statusUnconfirmed).
    bool confirmStatus(const QUuid& id, QString* error);
    // A new dossier, linked to the one it renews, with the same client, numbers and use.
    std::optional<Dossier> renew(const QUuid& id, const QString& by, QString* error);
    // The name a renewal gets: the old name and the period it will cover, e.g. "ACME (renewal 2027–2028)".
    static QString renewalName(const Dossier& old, const QDate& today);

    /*
     * Stores the file's bytes and adds the document row with the text read from it (one
     * entry per page; document.ocrPages says which came from OCR). Refuses the same
     * bytes twice in one dossier.
     */
    bool addDocument(Document& document, const QString& filePath, QString* error,
                     const QStringList& pageTexts = {});
    // The same, from bytes already read (document.originalName names them).
    bool addDocument(Document& document, const QByteArray& bytes, QString* error,
                     const QStringList& pageTexts = {});
    QList<Document> documents(const QUuid& dossierId, QString* error) const;
    std::optional<Document> document(const QUuid& documentId, QString* error) const;
    // The text read from the document when it was added, one entry per page.
    QStringList documentPages(const QUuid& documentId, QString* error) const;
    // The user corrects the issue date (recorded as entered by hand).
    bool setDocumentDate(const QUuid& documentId, const QDate& date, QString* error);
    // The document was dropped in the wrong slot: it becomes `kind`, with the date found for
    // that kind (a date entered by hand stays) and no signature confirmation.
    bool setDocumentKind(const QUuid& documentId, Document::Kind kind, QString* error);
    /*
     * The user states that a scanned mandate bears the client's signature and stamp (or
     * withdraws it): kept on the document with when and by whom, and written to the
     * dossier's history, in one transaction. Only a mandate can be confirmed.
     */
    bool setSignatureConfirmed(const QUuid& documentId, bool confirmed, const QString& by, QString* error);
    // Removes the row, and the bytes unless another document uses them.
    bool removeDocument(const QUuid& documentId, QString* error);

    std::optional<Company> provider(QString* error) const;
    bool setProvider(Company& company, QString* error);

private:
    bool saveCompany(Company& company, QString* error);
    bool insertDossier(Dossier& dossier, QString* error); // caller's transaction
    bool insertDocument(const Document& document, const QStringList& pageTexts, QString* error);
    bool loadCompany(qint64 id, Company* company, QString* error) const;
    // `replace`: the dossier had numbers before (an edit), not a new one.
    bool writeNumbers(const Dossier& dossier, QString* error, bool replace = true);
    bool writeHistoryEntry(const QUuid& dossierId, const StatusChange& change, QString* error);
    bool loadDetails(Dossier& dossier, QString* error) const;
    // One UPDATE of one document row ("col = ?, …"), in its own transaction.
    bool updateDocument(const QUuid& documentId, const QString& assignments, const QVariantList& values,
                        QString* error);

    // A statement prepared once and kept (writes only: they hold nothing once run).
    QSqlQuery& prepared(const QString& sql);

    Database& m_db;
    BlobStore& m_blobs;
    std::map<QString, QSqlQuery> m_prepared;
};

} // namespace Mandat

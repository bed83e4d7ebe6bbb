#pragma once

#include "DocumentReader.h"
#include "model/Document.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace Mandat {

class DossierStore;

/*
 * Adds a file to a dossier: checks it is a document we can read (nothing is stored
 * otherwise), reads its text (OCR for scans), finds its issue date with its role, then
 * stores the bytes untouched and the row in one step.
 */
class DocumentIntake
{
    Q_DECLARE_TR_FUNCTIONS(DocumentIntake)

public:
    struct Outcome
    {
        std::optional<Document> document; // set when stored
        DocumentReader::Failure failure = DocumentReader::Failure::None;
        DocumentReader::Text text;
        QString error;
    };

    static Outcome add(DossierStore& store, const QUuid& dossierId, Document::Kind kind,
                       const QString& filePath, const DocumentReader::Options& options = {});
    // Reads a file the user chose, refusing one over the size cap before reading it; the
    // error names the file.
    // When the file's content is not what its name says ("scan.pdf" holding a PNG image), a
    // sentence saying what it is; empty when they agree or the content is unknown.
    static QString nameMismatch(const QString& name, const QByteArray& bytes);
    static bool readFile(const QString& filePath, const DocumentReader::Options& options, QByteArray* bytes,
                         DocumentReader::Failure* failure, QString* error);
    // The same for bytes already in memory; `name` is the file name shown to the user.
    static Outcome add(DossierStore& store, const QUuid& dossierId, Document::Kind kind, const QString& name,
                       const QByteArray& bytes, const DocumentReader::Options& options = {});
    // Stores a document read before (on a worker thread, by DocumentReadTask).
    static Outcome store(DossierStore& store, const QUuid& dossierId, Document::Kind kind,
                         const QString& name, const QByteArray& bytes, const DocumentReader::Text& text);
};

} // namespace Mandat

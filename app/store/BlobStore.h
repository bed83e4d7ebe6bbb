#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Mandat {

/*
 * Document bytes, stored once under their SHA-256 in <profile>/documents/ab/cdef…
 * A blob is written through QSaveFile (temporary file, then an atomic rename), so a
 * crash never leaves a half-written file under a real name; callers reference a blob in
 * the database only after put() returned. Removing is the store's decision: it removes a
 * blob only when no document row uses it any more.
 */
class BlobStore
{
    Q_DECLARE_TR_FUNCTIONS(BlobStore)

public:
    explicit BlobStore(const QString& root = {});

    void setRoot(const QString& root) { m_root = root; }
    QString root() const { return m_root; }

    static QString sha256Hex(const QByteArray& bytes);
    // Hashes a file in chunks; empty on error.
    static QString sha256OfFile(const QString& path, QString* error);

    // Stores bytes; *sha256 receives their hash. Storing bytes already present is a no-op.
    bool put(const QByteArray& bytes, QString* sha256, QString* error);

    bool contains(const QString& sha256) const;
    QString pathFor(const QString& sha256) const;
    QByteArray read(const QString& sha256, QString* error) const;
    // Re-hashes the stored bytes: true when they still match their name.
    bool verify(const QString& sha256) const;
    bool remove(const QString& sha256, QString* error);

private:
    bool writeAtomically(const QString& sha256, const QByteArray& bytes, QString* error);

    QString m_root;
};

} // namespace Mandat

#include "BlobStore.h"

#include "core/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Mandat {

BlobStore::BlobStore(const QString& root)
    : m_root(root)
{ }

QString BlobStore::sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString BlobStore::sha256OfFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString BlobStore::pathFor(const QString& sha256) const
{
    return m_root + u'/' + sha256.left(2) + u'/' + sha256.mid(2);
}

bool BlobStore::contains(const QString& sha256) const
{
    return sha256.size() == 64 && QFileInfo::exists(pathFor(sha256));
}

bool BlobStore::put(const QByteArray& bytes, QString* sha256, QString* error)
{
    const QString hash = sha256Hex(bytes);
    if (sha256)
        *sha256 = hash;
    if (contains(hash) && verify(hash))
        return true;
    return writeAtomically(hash, bytes, error);
}

bool BlobStore::writeAtomically(const QString& sha256, const QByteArray& bytes, QString* error)
{
    const QString target = pathFor(sha256);
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        *error = tr("Cannot create the document folder %1.").arg(QDir::toNativeSeparators(m_root));
        return false;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot store the document: %1").arg(file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot store the document: %1").arg(file.errorString());
        return false;
    }
    qCDebug(lcStore) << "stored blob" << sha256 << bytes.size() << "bytes";
    return true;
}

QByteArray BlobStore::read(const QString& sha256, QString* error) const
{
    QFile file(pathFor(sha256));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The stored document %1 is missing: %2").arg(sha256.left(12), file.errorString());
        return {};
    }
    return file.readAll();
}

bool BlobStore::verify(const QString& sha256) const
{
    return sha256OfFile(pathFor(sha256), nullptr) == sha256;
}

bool BlobStore::remove(const QString& sha256, QString* error)
{
    QFile file(pathFor(sha256));
    if (!file.exists())
        return true;
    if (!file.remove()) {
        *error = tr("Cannot remove the stored document: %1").arg(file.errorString());
        return false;
    }
    return true;
}

} // namespace Mandat

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <functional>

namespace Mandat {

class Profile;

/*
 * Dossiers as one .zip to move between machines and colleagues (docs/archive-format.md):
 * manifest.json (format version, each dossier with its status history and its
 * documents' rows, dates, page texts and SHA-256) and documents/<sha256>, the original
 * files, each once.
 *
 * Import trusts nothing: every entry's name, kind, size and compression ratio is checked
 * before anything is read; the manifest's schema, then every file's size and hash, before
 * anything is written; then everything goes in one transaction. Entries are read one by
 * one into memory and stored under names MandatDesk chooses (the hash): nothing is ever
 * extracted to a path taken from the archive.
 */
class DossierArchive
{
    Q_DECLARE_TR_FUNCTIONS(DossierArchive)

public:
    static constexpr int formatVersion = 1;

    struct Limits
    {
        int maxEntries = 10000;
        qint64 maxTotalBytes = 1000LL * 1000 * 1000; // uncompressed, the whole archive
        double maxRatio = 100; // uncompressed : compressed, per entry
        qint64 ratioFromBytes = 64 * 1024; // smaller entries cannot hurt, whatever their ratio
    };

    enum class Refusal {
        None,
        Unreadable, // not a zip, truncated
        UnsafeName, // "..", absolute, drive letter, backslash, control characters
        SymbolicLink,
        Encrypted,
        TooManyEntries,
        TooLarge,
        RatioTooHigh,
        BadManifest,
        MissingFile,
        UnexpectedEntry,
        SizeMismatch,
        HashMismatch,
        Store, // the profile could not take it
    };

    struct ExportSummary
    {
        int dossiers = 0;
        int documents = 0; // distinct files
        qint64 bytes = 0; // size of the archive
    };

    struct ImportedDossier
    {
        enum class Outcome { Imported, Replaced, Skipped }; // Skipped: already here, left unchanged
        QUuid id;
        QString name;
        Outcome outcome = Outcome::Imported;
    };

    struct ImportSummary
    {
        QList<ImportedDossier> dossiers; // in archive order
        int documents = 0; // files stored (new to this profile)
        QStringList notes; // what the user should know (a renewal link dropped…)
        int count(ImportedDossier::Outcome outcome) const;
    };

    static bool exportTo(Profile& profile, const QList<QUuid>& ids, const QString& path,
                         ExportSummary* summary, QString* error,
                         const std::function<void(int, int)>& progress = {});
    static bool importFrom(Profile& profile, const QString& path, bool replace, ImportSummary* summary,
                           QString* error, Refusal* refusal, const Limits& limits);
    static bool importFrom(Profile& profile, const QString& path, bool replace, ImportSummary* summary,
                           QString* error, Refusal* refusal = nullptr)
    {
        return importFrom(profile, path, replace, summary, error, refusal, Limits());
    }

    static QString refusalCode(Refusal refusal);

    // Reads a manifest.json as an import does, strictly, and keeps nothing: how many dossiers
    // and documents it lists, or false and *error says why (the fuzzer's way in).
    static bool readManifest(const QByteArray& bytes, int* dossiers, int* documents, QString* error);
};

} // namespace Mandat

#pragma once

#include "BlobStore.h"
#include "Database.h"
#include "DossierStore.h"
#include "TemplateMappings.h"

#include <QCoreApplication>
#include <QString>

namespace Mandat {

/*
 * A user's book of dossiers: one folder holding the database (mandatdesk.sqlite) and the
 * document store (documents/). The default folder comes from QStandardPaths; --profile
 * DIR picks another, so an outsourcer can keep separate books and tests use temporary
 * folders.
 */
class Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    Profile();
    ~Profile();

    static QString defaultDirectory();
    // The demo's own profile, beside the user's: demo dossiers never mix with real ones.
    static QString demoDirectory();
    bool isDemo() const;

    // Creates the folder if needed, opens and migrates the database.
    bool open(const QString& directory, QString* error);
    QString directory() const { return m_directory; }
    QString databasePath() const;

    Database& database() { return m_db; }
    BlobStore& blobs() { return m_blobs; }
    DossierStore& dossiers() { return m_dossiers; }
    TemplateMappings& templateMappings() { return m_mappings; }

    // Who is acting, for the status history.
    static QString currentUserName();

private:
    QString m_directory;
    Database m_db;
    BlobStore m_blobs;
    DossierStore m_dossiers;
    TemplateMappings m_mappings;
};

} // namespace Mandat

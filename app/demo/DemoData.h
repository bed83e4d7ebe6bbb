#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace Mandat {

class Profile;

/*
 * Realistic demo dossiers for a new profile (`mandatdesk --demo`), so a newcomer sees
 * the product at once: the provider's identity, and clients in every status — ready to
 * submit, missing a document, with a stale invoice or a mobile number, queued, under
 * review, rejected with the operator's reason, valid, expiring soon, expired. The first
 * dossiers get generated Kbis and invoices (read and checked like real ones); with many
 * dossiers (benchmarks) the rest carry no document. Dates follow Clock.
 */
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    // Fills an empty profile. `progress(done, total)` is called as dossiers are written.
    static bool populate(Profile& profile, int dossiers, QString* error,
                         const std::function<void(int, int)>& progress = {});

    /*
     * For the sync benchmark: `dossiers` dossiers each ready to submit, with a signed mandate
     * (its signature confirmed), a Kbis and an invoice, all fresh under Clock, and numbers
     * agents may present. Needs a QGuiApplication (the documents are painted PDFs).
     */
    static bool populateReady(Profile& profile, int dossiers, QString* error,
                              const std::function<void(int, int)>& progress = {});

    static constexpr int defaultCount = 24;
    // How many dossiers get documents; painting PDFs needs a QGuiApplication.
    static constexpr int withDocuments = 24;

    // A SIREN that passes the Luhn check, different for each seed.
    static QString siren(int seed);
    // A text PDF of the given pages (A4), as a Kbis or a bill would come.
    static QByteArray textPdf(const QStringList& pages);
};

} // namespace Mandat

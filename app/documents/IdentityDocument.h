#pragma once

#include <QCoreApplication>
#include <QString>

namespace Mandat {

/*
 * The document that says who holds the numbers, in the dossier's Kbis slot: an extrait
 * Kbis for a company on the trade register, or, for a holder that is not on it, an extract
 * of the RNE (sole traders and artisans, INPI), INSEE's avis de situation SIRENE, or the
 * prefecture's receipt of an association's declaration (RNA). Each is dated by its own
 * label ("à jour au", "situation au", "délivré le") and held to the freshness that the
 * dossier rules give it (resources/rules/dossier-rules.json, "<code>_freshness_months").
 * Recognised from the title the document gives itself: the marker written first wins.
 */
class IdentityDocument
{
    Q_DECLARE_TR_FUNCTIONS(IdentityDocument)

public:
    enum Type { None, Kbis, RneExtract, SireneNotice, RnaReceipt };

    static Type detect(const QString& text);
    // "kbis", "rne_extract", "sirene_notice", "rna_receipt"; empty for None.
    static QString code(Type type);
    // The document's name in the user's language ("Kbis extract" for None: the slot's name).
    static QString name(Type type);
    // Months of freshness from the dossier rules (the Kbis's for None).
    static int freshnessMonths(Type type);
};

} // namespace Mandat

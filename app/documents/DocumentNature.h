#pragma once

#include "model/Document.h"

#include <QString>

namespace Mandat {

/*
 * What a document's text says it is, to tell one dropped in the wrong slot: an invoice, an
 * extract of a company register (Kbis, RNE, SIRENE notice, RNA receipt) or a mandate. A
 * document is in the wrong slot only when its text shows nothing of what its slot expects
 * and shows another kind's title ("Facture n° …" among the Kbis extracts). What the slot
 * expects is read broadly (any "facture", "mandat", register name), what it looks like
 * instead narrowly (titles), so that an operator's mandate form listing the documents to
 * attach, or an invoice's "présentation du numéro" option, is never taken for another kind.
 */
class DocumentNature
{
public:
    enum Type { Unknown, Invoice, RegisterExtract, Mandate };

    struct Guess
    {
        Type type = Unknown;
        qsizetype start = -1; // where the title was found in the text
        QString line; // the line it is on, simplified
    };

    // The kind of document the text looks like instead of `slot`'s; Unknown when it shows
    // what the slot expects, or nothing recognisable.
    static Guess otherThan(Document::Kind slot, const QString& text);
};

} // namespace Mandat

#include "IdentityDocument.h"

#include "FrenchDates.h"
#include "rules/DossierRules.h"

#include <QRegularExpression>

namespace Mandat {

IdentityDocument::Type IdentityDocument::detect(const QString& text)
{
    // Folded (lower case, no accents). Titles stand first: a Kbis may name the RNE further
    // down, an RNE extract the trade register.
    static const struct
    {
        QRegularExpression marker;
        Type type;
    } kMarkers[] = {
        { QRegularExpression(QStringLiteral("kbis|registre du commerce et des societes|extrait "
                                            "d'immatriculation principale")),
          Kbis },
        { QRegularExpression(QStringLiteral("registre national des entreprises|extrait (du )?rne\\b")),
          RneExtract },
        { QRegularExpression(QStringLiteral("avis de situation|repertoire sirene")), SireneNotice },
        { QRegularExpression(QStringLiteral(
              "repertoire national des associations|recepisse de (la )?declaration|\\brna\\b")),
          RnaReceipt },
    };
    const QString folded = FrenchDates::fold(text);
    Type found = None;
    qsizetype first = -1;
    for (const auto& m : kMarkers) {
        const QRegularExpressionMatch hit = m.marker.match(folded);
        if (hit.hasMatch() && (first < 0 || hit.capturedStart() < first)) {
            first = hit.capturedStart();
            found = m.type;
        }
    }
    return found;
}

QString IdentityDocument::code(Type type)
{
    switch (type) {
    case None:
        return {};
    case Kbis:
        return QStringLiteral("kbis");
    case RneExtract:
        return QStringLiteral("rne_extract");
    case SireneNotice:
        return QStringLiteral("sirene_notice");
    case RnaReceipt:
        return QStringLiteral("rna_receipt");
    }
    return {};
}

QString IdentityDocument::name(Type type)
{
    switch (type) {
    case None:
    case Kbis:
        return tr("Kbis extract");
    case RneExtract:
        return tr("RNE extract");
    case SireneNotice:
        return tr("SIRENE notice (avis de situation)");
    case RnaReceipt:
        return tr("RNA receipt");
    }
    return tr("Kbis extract");
}

int IdentityDocument::freshnessMonths(Type type)
{
    const QString key
        = (type == None ? QStringLiteral("kbis") : code(type)) + QStringLiteral("_freshness_months");
    return DossierRules::builtIn().value(key);
}

} // namespace Mandat

#pragma once

#include <QList>
#include <QString>

namespace Mandat {

/*
 * What a Kbis extract (or the document in its place) says of the company, read from its
 * text: the SIREN (from "… numéro 518 452 750 R.C.S. Nantes" or "SIREN : …"), the RCS
 * city, the extract's verification code, and the mentions that say the company is not in
 * good standing: struck off, liquidation, dissolution (these block), receivership,
 * safeguard, activity ceased, dormant (these warn). A mention about a secondary
 * establishment (its line, or a section headed "établissement secondaire") is not about
 * the company: an establishment struck off or closed is no mention of the company.
 */
struct KbisFacts
{
    enum class Standing {
        StruckOff,
        Liquidation,
        Dissolved,
        Receivership,
        Safeguard,
        ActivityCeased,
        Dormant
    };

    struct Mention
    {
        Standing standing = Standing::StruckOff;
        QString text; // the line, as written
        qsizetype start = -1; // where the line starts in the text
    };

    QString siren;
    QString rcsCity;
    QList<Mention> mentions; // one per standing, in the order of the text
    QString verificationCode;

    bool has(Standing standing) const;

    static KbisFacts read(const QString& text);
    // "struck_off", "liquidation", "dissolved", "receivership", "safeguard", "activity_ceased", "dormant"
    static QString code(Standing standing);
    // Struck off, liquidation and dissolution: such a company cannot give a mandate.
    static bool blocks(Standing standing);
};

} // namespace Mandat

#include "Problem.h"

namespace Mandat {

QJsonObject Problem::toJson() const
{
    QJsonObject o {
        { QStringLiteral("code"), code },
        { QStringLiteral("severity"), isBlocking() ? QStringLiteral("blocking") : QStringLiteral("warning") },
        { QStringLiteral("message"), message },
    };
    if (!subject.isEmpty())
        o.insert(QStringLiteral("subject"), subject);
    if (page > 0)
        o.insert(QStringLiteral("page"), page);
    return o;
}

Problem Problem::blocking(const QString& code, const QString& message, const QString& subject)
{
    return Problem { code, Severity::Blocking, message, subject, 0 };
}

Problem Problem::warning(const QString& code, const QString& message, const QString& subject)
{
    return Problem { code, Severity::Warning, message, subject, 0 };
}

bool hasBlocking(const QList<Problem>& problems)
{
    for (const Problem& p : problems) {
        if (p.isBlocking())
            return true;
    }
    return false;
}

} // namespace Mandat

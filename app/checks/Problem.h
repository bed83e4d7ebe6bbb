#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Mandat {

/*
 * One thing the operator would reject (blocking) or that deserves a look (warning), with
 * a stable code for tools and a message in the user's language. `subject` names what it
 * is about: a document's file name or a number.
 */
struct Problem
{
    enum class Severity { Warning, Blocking };

    QString code;
    Severity severity = Severity::Blocking;
    QString message;
    QString subject;
    int page = 0; // 1-based page the problem is about, when known

    bool isBlocking() const { return severity == Severity::Blocking; }
    QJsonObject toJson() const;

    static Problem blocking(const QString& code, const QString& message, const QString& subject = {});
    static Problem warning(const QString& code, const QString& message, const QString& subject = {});
};

bool hasBlocking(const QList<Problem>& problems);

} // namespace Mandat

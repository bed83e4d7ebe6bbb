#pragma once

#include <QByteArray>
#include <QHash>
#include <QHttpServerResponse>
#include <QString>
#include <QTranslator>
#include <QUrlQuery>

namespace Mandat {

class PortalRequest;

/*
 * What the review desk's pages are made of: the language of a request and its texts, HTML
 * escaping, the page around each view with the headers browsers expect (a strict
 * Content-Security-Policy: no script, styles from the portal only), cookies and forms.
 *
 * Texts are English in the code, marked with QT_TRANSLATE_NOOP("ReviewDesk", …), and
 * translated per request from the project's French catalogue: the portal serves French and
 * English pages at once, where a process-wide translator would hold one language.
 */
namespace DeskHtml {

enum class Language { French, English };

// The request's language: ?lang=fr|en, else its "md_lang" cookie, else French.
Language languageOf(const PortalRequest& request);
QString languageCode(Language language);
// `source` (a QT_TRANSLATE_NOOP("ReviewDesk", …) text) in `language`.
QString text(Language language, const char* source);
// A text the core made in its own context (NumberCategory, …), in `language`. The portal installs
// no process-wide translator: what the core says is its English source, translated here.
QString text(Language language, const char* context, const QString& english);

QString escape(const QString& text);
// A request's cookies, by name.
QHash<QString, QString> cookies(const PortalRequest& request);
// A form's fields (application/x-www-form-urlencoded: '+' for a space, each value
// percent-decoded once, as UTF-8), at most 64 KiB read; a field sent twice: its first value.
class Form
{
public:
    QString value(const QString& name) const { return m_fields.value(name); }

private:
    friend Form form(const PortalRequest& request);
    QHash<QString, QString> m_fields;
};
Form form(const PortalRequest& request);

struct Page
{
    Language language = Language::French;
    QString title;
    QString body; // HTML, escaped where it holds data
    QString user; // the signed-in login, shown in the header with a sign-out form
    QString csrf; // the session's CSRF token, for the sign-out form
    QString path; // this page's path, for the language links
};

// The page, with the security headers; `setCookies`: Set-Cookie values.
QHttpServerResponse render(const Page& page,
                           QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok,
                           const QList<QByteArray>& setCookies = {});
// A 303 to `location` (a path of the desk), with cookies to set.
QHttpServerResponse redirect(const QString& location, const QList<QByteArray>& setCookies = {});
// The headers every answer of the desk carries (a document's too).
void secure(QHttpServerResponse& response);

// A cookie of the desk ("__Host-" name): Secure, HttpOnly, SameSite=Strict, Path=/; maxAge 0
// removes it.
QByteArray cookie(const QByteArray& name, const QByteArray& value, int maxAgeSeconds);

} // namespace DeskHtml

} // namespace Mandat

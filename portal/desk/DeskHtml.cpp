#include "DeskHtml.h"

#include "PortalRequest.h"

#include <QCoreApplication>
#include <QMutex>
#include <QUrl>

namespace Mandat {

namespace DeskHtml {

namespace {
const QTranslator& french()
{
    static QTranslator* catalogue = [] {
        auto* t = new QTranslator; // lives as long as the process
        if (!t->load(QStringLiteral(":/i18n/mandatdesk_fr.qm")))
            qWarning("the review desk's French catalogue is missing");
        return t;
    }();
    return *catalogue;
}

// The style sheet's path carries its version: a browser keeps it, and never a stale one.
const char* const kStyle = "/desk/style.css?v=2";
} // namespace

Language languageOf(const PortalRequest& request)
{
    const QString asked = request.query().queryItemValue(QStringLiteral("lang"));
    const QString code = asked.isEmpty() ? cookies(request).value(QStringLiteral("__Host-md_lang")) : asked;
    return code == QLatin1String("en") ? Language::English : Language::French;
}

QString languageCode(Language language)
{
    return language == Language::English ? QStringLiteral("en") : QStringLiteral("fr");
}

QString text(Language language, const char* source)
{
    if (language == Language::French) {
        const QString translated = french().translate("ReviewDesk", source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString text(Language language, const char* context, const QString& english)
{
    if (language == Language::French) {
        const QString translated = french().translate(context, english.toUtf8().constData());
        if (!translated.isEmpty())
            return translated;
    }
    return english;
}

QString escape(const QString& text)
{
    return text.toHtmlEscaped();
}

QHash<QString, QString> cookies(const PortalRequest& request)
{
    QHash<QString, QString> out;
    const QByteArray header = request.value("cookie");
    for (const QByteArray& part : header.split(';')) {
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            continue;
        const QString name = QString::fromLatin1(part.left(eq).trimmed());
        if (!out.contains(name)) // the first one: the most specific path's
            out.insert(name, QString::fromLatin1(part.mid(eq + 1).trimmed()));
    }
    return out;
}

Form form(const PortalRequest& request)
{
    Form out;
    for (QByteArray field : request.body().left(64 * 1024).split('&')) {
        field.replace('+', ' ');
        const qsizetype eq = field.indexOf('=');
        const QString name = QUrl::fromPercentEncoding(eq < 0 ? field : field.left(eq));
        if (name.isEmpty() || out.m_fields.contains(name))
            continue;
        out.m_fields.insert(name, eq < 0 ? QString() : QUrl::fromPercentEncoding(field.mid(eq + 1)));
    }
    return out;
}

void secure(QHttpServerResponse& response)
{
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    response.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
}

QHttpServerResponse render(const Page& page, QHttpServerResponse::StatusCode status,
                           const QList<QByteArray>& setCookies)
{
    const Language l = page.language;
    const QString other = l == Language::French ? QStringLiteral("en") : QStringLiteral("fr");
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                           "<title>%2 — %3</title><link rel=\"stylesheet\" href=\"%4\"></head><body>")
                .arg(languageCode(l), escape(page.title),
                     escape(text(l, QT_TRANSLATE_NOOP("ReviewDesk", "MandatDesk operator portal"))),
                     QLatin1String(kStyle));
    html += QStringLiteral("<header><a class=\"brand\" href=\"/desk/queue\">%1</a><nav>")
                .arg(escape(text(l, QT_TRANSLATE_NOOP("ReviewDesk", "MandatDesk operator portal"))));
    html += QStringLiteral("<a id=\"language\" href=\"%1?lang=%2\" hreflang=\"%2\">%3</a>")
                .arg(escape(page.path.isEmpty() ? QStringLiteral("/desk/login") : page.path), other,
                     l == Language::French ? QStringLiteral("English") : QStringLiteral("Français"));
    if (!page.user.isEmpty())
        html += QStringLiteral("<span class=\"user\">%1</span>"
                               "<form method=\"post\" action=\"/desk/logout\" class=\"inline\">"
                               "<input type=\"hidden\" name=\"csrf\" value=\"%2\">"
                               "<button type=\"submit\" id=\"logout\">%3</button></form>")
                    .arg(escape(page.user), escape(page.csrf),
                         escape(text(l, QT_TRANSLATE_NOOP("ReviewDesk", "Sign out"))));
    html += QStringLiteral("</nav></header><main><h1>%1</h1>").arg(escape(page.title));
    html += page.body;
    html += QStringLiteral("</main></body></html>\n");
    QHttpServerResponse response(QByteArrayLiteral("text/html; charset=utf-8"), html.toUtf8(), status);
    secure(response);
    // No script at all; styles and images from the portal; documents framed from it only.
    response.setHeader(QByteArrayLiteral("Content-Security-Policy"),
                       QByteArrayLiteral("default-src 'none'; style-src 'self'; img-src 'self'; "
                                         "frame-src 'self'; form-action 'self'; frame-ancestors 'none'; "
                                         "base-uri 'none'"));
    response.setHeader(QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY"));
    QList<QByteArray> all = setCookies;
    // The language chosen by a link is kept for the next pages.
    all.append(cookie("__Host-md_lang", languageCode(l).toLatin1(), 365 * 24 * 3600));
    for (const QByteArray& c : std::as_const(all))
        response.addHeader(QByteArrayLiteral("Set-Cookie"), c);
    return response;
}

QHttpServerResponse redirect(const QString& location, const QList<QByteArray>& setCookies)
{
    QHttpServerResponse response(QHttpServerResponse::StatusCode::SeeOther);
    response.setHeader(QByteArrayLiteral("Location"), location.toUtf8());
    secure(response);
    for (const QByteArray& c : setCookies)
        response.addHeader(QByteArrayLiteral("Set-Cookie"), c);
    return response;
}

QByteArray cookie(const QByteArray& name, const QByteArray& value, int maxAgeSeconds)
{
    // "__Host-" names: only a secure origin may set them, for the host alone (no Domain) and
    // every path, so no other site of the same domain can plant one.
    return name + '=' + value + "; Path=/; Max-Age=" + QByteArray::number(maxAgeSeconds)
        + "; Secure; HttpOnly; SameSite=Strict";
}

} // namespace DeskHtml

} // namespace Mandat

// The sync client's handling of the portal's answers: whatever a portal (or anything posing as
// one) answers — statuses, headers, JSON that lies, documents whose bytes do not match — a
// sync ends, says what it did, and leaves the profile readable.
//
// The input is a script of answers, one per request, in the order the sync sends them:
//   STATUS            (3 digits; 000: the connection fails)
//   Name: value       (headers, any number)
//                     (a blank line)
//   body…
//   ====              (a line of its own between answers)
// In a body or a header, @ID@ is the queued dossier's id, @NEW@ the id of a dossier this
// desktop does not hold, and @SHA0@…@SHA9@ the SHA-256 of answer 0…9's body: a portal's
// hashes the fuzzer could not guess. Requests past the script fail as a connection does.
// MANDAT_FUZZ_TRACE=1 prints each request and the answer it got (to write seeds).
#include "DossierFixtures.h"
#include "FuzzApp.h"
#include "FuzzCheck.h"
#include "core/Clock.h"
#include "store/Profile.h"
#include "sync/PortalClient.h"
#include "sync/Submission.h"
#include "sync/SyncEngine.h"

#include <QCryptographicHash>
#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Mandat;

namespace {
const QByteArray kNewId = "4b0e7c34-6f0e-4a6c-9d1e-2f4c2b8e9a01";

struct Answer
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

QList<Answer> parseScript(const QByteArray& input, const QByteArray& id)
{
    QList<Answer> answers;
    QList<QByteArray> parts;
    for (qsizetype from = 0;;) {
        const qsizetype at = input.indexOf("\n====\n", from);
        parts.append(input.mid(from, at < 0 ? -1 : at - from));
        if (at < 0)
            break;
        from = at + 6;
    }
    for (const QByteArray& part : parts) {
        if (answers.size() >= 64)
            break;
        Answer a;
        const qsizetype headEnd = part.indexOf("\n\n");
        const QByteArray head = headEnd < 0 ? part : part.left(headEnd);
        a.body = headEnd < 0 ? QByteArray() : part.mid(headEnd + 2);
        const QList<QByteArray> lines = head.split('\n');
        a.status = lines.value(0).trimmed().left(3).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                a.headers.append({ lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed() });
        }
        answers.append(a);
    }
    // The placeholders, once every body is known (a hash names another answer's body).
    QList<QByteArray> hashes;
    for (const Answer& a : std::as_const(answers))
        hashes.append(QCryptographicHash::hash(a.body, QCryptographicHash::Sha256).toHex());
    auto fill = [&](QByteArray text) {
        text.replace("@ID@", id).replace("@NEW@", kNewId);
        for (int k = 0; k < 10; ++k)
            text.replace("@SHA" + QByteArray::number(k) + '@', hashes.value(k));
        return text;
    };
    for (Answer& a : answers) {
        a.body = fill(a.body);
        for (auto& h : a.headers)
            h.second = fill(h.second);
    }
    return answers;
}

// One answer of the script, delivered as Qt's network stack delivers a portal's.
class ScriptedReply : public QNetworkReply
{
public:
    ScriptedReply(QNetworkAccessManager::Operation operation, const QNetworkRequest& request, const Answer& a,
                  QObject* parent)
        : QNetworkReply(parent)
        , m_body(a.body)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(operation);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        if (a.status > 0) {
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, a.status);
            for (const auto& h : a.headers)
                setRawHeader(h.first, h.second);
        }
        const bool failed = a.status <= 0;
        QTimer::singleShot(0, this, [this, failed] {
            if (isFinished())
                return;
            if (failed) {
                setError(ConnectionRefusedError, QStringLiteral("Connection refused"));
                emit errorOccurred(ConnectionRefusedError);
            } else {
                emit metaDataChanged();
                emit downloadProgress(m_body.size(), m_body.size());
                if (isFinished())
                    return; // aborted on its size
                emit readyRead();
            }
            finish();
        });
    }
    void abort() override
    {
        if (isFinished())
            return;
        m_body.clear();
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        finish();
    }
    qint64 bytesAvailable() const override { return m_body.size() - m_read + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 max) override
    {
        const qint64 n = qMin(max, m_body.size() - m_read);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        std::memcpy(data, m_body.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }

private:
    void finish()
    {
        setFinished(true);
        emit finished();
    }
    QByteArray m_body;
    qint64 m_read = 0;
};

class ScriptedPortal : public QNetworkAccessManager
{
public:
    QList<Answer> answers;
    int next = 0;
    bool trace = false;

protected:
    QNetworkReply* createRequest(Operation operation, const QNetworkRequest& request,
                                 QIODevice* outgoing) override
    {
        const Answer a = answers.value(next);
        if (trace)
            std::fprintf(stderr, "request %d: %s %s (%lld bytes) -> %d\n", next,
                         request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray().constData(),
                         qPrintable(request.url().toString()), outgoing ? outgoing->size() : 0LL, a.status);
        ++next;
        return new ScriptedReply(operation, request, a, this);
    }
};

// A profile holding one dossier ready and queued for submission, made once; each input gets a
// copy of it.
struct Pristine
{
    QString dir;
    QByteArray id;
};

const Pristine& pristine()
{
    static const Pristine made = [] {
        Pristine p;
        p.dir = FuzzApp::instance().dir() + QStringLiteral("/pristine");
        Profile profile;
        QString error;
        if (!profile.open(p.dir, &error)) {
            std::fprintf(stderr, "profile: %s\n", qPrintable(error));
            std::abort();
        }
        const std::optional<Dossier> d = DossierFixtures::create(
            profile.dossiers(), QStringLiteral("Campagne"), Clock::instance().today(), &error);
        if (!d || !Submission::queue(profile, d->id).queued()) {
            std::fprintf(stderr, "dossier: %s\n", qPrintable(error));
            std::abort();
        }
        p.id = d->id.toString(QUuid::WithoutBraces).toLatin1();
        return p;
    }();
    return made;
}

bool copyTree(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    const QDir source(from);
    for (const QFileInfo& entry : source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = to + u'/' + entry.fileName();
        if (entry.isDir() ? !copyTree(entry.filePath(), target) : !QFile::copy(entry.filePath(), target))
            return false;
    }
    return true;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    FuzzApp::instance(FuzzApp::Gui); // the fixtures draw PDFs
    Clock::setInstance(new FixedClock(QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC)));
    pristine();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 512 * 1024)
        return 0;
    const Pristine& p = pristine();
    const QString work = FuzzApp::instance().dir() + QStringLiteral("/work");
    QDir(work).removeRecursively();
    if (!copyTree(p.dir, work))
        std::abort();
    ScriptedPortal portal;
    portal.trace = qEnvironmentVariableIsSet("MANDAT_FUZZ_TRACE");
    portal.answers = parseScript(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), p.id);
    {
        Profile profile;
        QString error;
        if (!profile.open(work, &error)) {
            std::fprintf(stderr, "profile copy: %s\n", qPrintable(error));
            std::abort();
        }
        PortalClient client(QUrl(QStringLiteral("https://portal.invalid")), &portal);
        client.setToken(QStringLiteral("token"));
        client.setWait([](qint64) {}); // the portal's pacing is not waited out
        SyncEngine engine(profile, client);
        const SyncEngine::Report report = engine.syncOnce();
        if (portal.trace)
            std::fprintf(stderr, "sent %lld, received %lld, waiting %lld, failed %lld, conflicts %lld\n",
                         report.sent.size(), report.received.size(), report.waiting.size(),
                         report.failed.size(), report.conflicts.size());
        // Whatever came, the profile still reads: the dossier is there, and every document a
        // dossier lists is held, with the bytes its hash names (a portal's lie is never kept).
        const QList<Dossier> all = profile.dossiers().dossiers(&error);
        MANDAT_FUZZ_CHECK(error.isEmpty());
        MANDAT_FUZZ_CHECK(!all.isEmpty());
        for (const Dossier& d : all) {
            for (const Document& document : profile.dossiers().documents(d.id, &error)) {
                const QByteArray bytes = profile.blobs().read(document.sha256, &error);
                MANDAT_FUZZ_CHECK(error.isEmpty());
                MANDAT_FUZZ_CHECK(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()
                                  == document.sha256.toLatin1());
            }
            MANDAT_FUZZ_CHECK(error.isEmpty());
        }
        // The script ran out, or the sync stopped asking: never more requests than a bound.
        MANDAT_FUZZ_CHECK(portal.next < 10000);
    }
    return 0;
}

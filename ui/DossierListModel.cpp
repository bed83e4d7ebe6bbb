#include "DossierListModel.h"

#include "documents/FrenchDates.h"
#include "numbering/NumberClassifier.h"
#include "rules/DossierRules.h"
#include "store/Database.h"
#include "store/Profile.h"

#include <QLocale>
#include <QSemaphore>
#include <QSqlQuery>
#include <QThread>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace Mandat {

namespace {
// A few screens are read at once; the rest, above that many dossiers, on a thread.
int backgroundAbove = 2000;
int firstScreenRows = 300;
QSemaphore* loaderGate = nullptr;
// Rows added to the list at a time while the thread reads (each addition refilters the list).
constexpr int kLoadChunk = 5000;

// The reading's pages and strings are freed by then, in the heap of a thread that is gone:
// give those pages back to the system rather than keep them mapped for nothing.
void releaseFreeMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}
} // namespace

DossierListModel::DossierListModel(Profile& profile, QObject* parent)
    : QAbstractTableModel(parent)
    , m_profile(profile)
    , m_today(QDate::currentDate())
{ }

DossierListModel::~DossierListModel()
{
    stopLoader();
}

void DossierListModel::setBackgroundLoading(int above, int firstScreen)
{
    backgroundAbove = above;
    firstScreenRows = firstScreen;
}

void DossierListModel::setLoaderGate(QSemaphore* gate)
{
    loaderGate = gate;
}

void DossierListModel::appendRow(const DossierSummary& summary)
{
    m_index.insert(summary.id, int(m_rows.size()));
    m_rows.append(summary, m_today);
}

void DossierListModel::removeRow(int row)
{
    m_rows.remove(row);
    rebuildIndex();
}

bool DossierListModel::reload(QString* error)
{
    stopLoader();
    QString err;
    const int count = DossierSummaries::count(m_profile.database(), &err);
    const bool background = err.isEmpty() && count > backgroundAbove;
    QList<DossierSummary> rows = background
        ? DossierSummaries::first(m_profile.database(), firstScreenRows, &err)
        : DossierSummaries::all(m_profile.database(), &err);
    if (!err.isEmpty()) {
        if (error)
            *error = err;
        return false;
    }
    m_expected = background ? count : int(rows.size());
    resetRows(std::move(rows));
    if (background)
        startLoader();
    else
        emit loaded();
    return true;
}

void DossierListModel::resetRows(QList<DossierSummary> summaries)
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_readiness.clear();
    const qsizetype rows = qMax<qsizetype>(summaries.size(), m_expected);
    m_rows.reserve(rows);
    m_index.reserve(rows);
    for (const DossierSummary& s : std::as_const(summaries))
        appendRow(s);
    summaries = {};
    m_requested.clear();
    endResetModel();
    emit groupsChanged();
}

void DossierListModel::startLoader()
{
    // The thread reads the dossiers a page at a time through its own connection and makes
    // their rows; the list adds those it does not hold yet (the first screen, a dossier
    // refreshed meanwhile). A page's summaries are gone before the next is read.
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancelLoad = cancel;
    const QString path = m_profile.databasePath();
    const QDate today = m_today;
    QSemaphore* const gate = loaderGate;
    m_loader = QThread::create([this, cancel, path, today, gate] {
        auto post = [&](DossierRows rows, bool last, const QString& error) {
            QMetaObject::invokeMethod(
                this,
                [this, cancel, rows = std::move(rows), today, last, error]() {
                    if (cancel->load())
                        return; // a reload or the end of the list stopped this reading
                    if (!error.isEmpty()) {
                        stopLoader();
                        emit loadFailed(error);
                        return;
                    }
                    addLoaded(rows, today, last);
                },
                Qt::QueuedConnection);
        };
        Database db;
        QString error;
        if (!db.open(path, &error)) {
            post({}, true, error);
            return;
        }
        // One pass in key order reads each page once: a small page cache is enough, and the
        // window's memory does not grow with the book by SQLite's default 2 MB.
        QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA cache_size = -128"));
        DossierSummaries::PageKey key;
        while (!cancel->load(std::memory_order_relaxed)) {
            const QList<DossierSummary> page
                = DossierSummaries::page(db, &key, kLoadChunk, &error, cancel.get());
            if (!error.isEmpty()) {
                post({}, true, error);
                return;
            }
            DossierRows rows;
            rows.reserve(page.size());
            for (const DossierSummary& s : page)
                rows.append(s, today);
            const bool last = page.size() < kLoadChunk;
            while (gate && !gate->tryAcquire(1, 20))
                if (cancel->load())
                    return;
            post(std::move(rows), last, {});
            if (last)
                return;
        }
    });
    m_loader->setObjectName(QStringLiteral("DossierListLoader"));
    m_loader->start(QThread::LowPriority);
}

void DossierListModel::stopLoader()
{
    if (!m_loader)
        return;
    m_cancelLoad->store(true);
    m_loader->wait();
    delete m_loader;
    m_loader = nullptr;
    m_cancelLoad.reset();
    m_removedWhileLoading.clear();
}

void DossierListModel::addLoaded(const DossierRows& rows, const QDate& today, bool last)
{
    QList<qsizetype> fresh;
    fresh.reserve(rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QUuid id = rows.id(r);
        if (!m_index.contains(id) && !m_removedWhileLoading.contains(id))
            fresh.append(r);
    }
    if (!fresh.isEmpty()) {
        const qsizetype first = m_rows.size();
        beginInsertRows({}, int(first), int(first + fresh.size() - 1));
        for (qsizetype r : std::as_const(fresh)) {
            m_index.insert(rows.id(r), int(m_rows.size()));
            m_rows.append(rows, r);
        }
        if (today != m_today) // the day changed while the thread read
            m_rows.regroup(m_today, first);
        endInsertRows();
    }
    if (last) {
        m_loader->wait();
        delete m_loader;
        m_loader = nullptr;
        m_cancelLoad.reset();
        m_removedWhileLoading.clear();
        m_expected = int(m_rows.size());
        m_rows.squeeze();
        releaseFreeMemory();
    }
    emit groupsChanged();
    if (last)
        emit loaded();
    else
        emit loadingProgress(int(m_rows.size()), m_expected);
}

void DossierListModel::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.id(i), i);
}

void DossierListModel::refresh(const QUuid& id)
{
    QString error;
    const std::optional<DossierSummary> s = DossierSummaries::one(m_profile.database(), id, &error);
    const int row = rowOf(id);
    m_requested.remove(id);
    m_readiness.remove(id);
    if (!s) {
        if (isLoading())
            m_removedWhileLoading.insert(id); // the thread may have read it before
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        removeRow(row);
        endRemoveRows();
    } else if (row < 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        appendRow(*s);
        endInsertRows();
    } else {
        DossierRows made;
        made.append(*s, m_today);
        m_rows.replace(row, made, 0);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    emit groupsChanged();
}

void DossierListModel::setToday(const QDate& today)
{
    if (today == m_today)
        return;
    beginResetModel();
    m_today = today;
    m_rows.regroup(m_today);
    m_readiness.clear();
    m_requested.clear();
    endResetModel();
    emit groupsChanged();
}

void DossierListModel::setReadinessWorker(ReadinessWorker* worker)
{
    m_worker = worker;
    connect(worker, &ReadinessWorker::ready, this, &DossierListModel::onReadiness);
}

void DossierListModel::setSending(const QList<QUuid>& ids)
{
    QSet<QUuid> sending(ids.cbegin(), ids.cend());
    QSet<QUuid> changed = sending;
    changed.unite(m_sending);
    changed.subtract(QSet<QUuid>(sending).intersect(m_sending));
    m_sending = std::move(sending);
    for (const QUuid& id : std::as_const(changed)) {
        const int row = rowOf(id);
        if (row >= 0)
            emit dataChanged(index(row, Sync), index(row, Sync));
    }
}

void DossierListModel::requestReadiness(int row) const
{
    const QUuid id = m_rows.id(row);
    if (!m_worker || m_requested.contains(id))
        return;
    m_requested.insert(id);
    m_worker->request(id, m_today);
}

void DossierListModel::onReadiness(const QUuid& id, const ReadinessSummary& summary)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_readiness.insert(id, summary);
    emit dataChanged(index(row, Readiness), index(row, StaleOn));
}

QUuid DossierListModel::dossierId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.id(row) : QUuid();
}

int DossierListModel::rowOf(const QUuid& id) const
{
    return m_index.value(id, -1);
}

const ReadinessSummary* DossierListModel::readiness(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    const auto it = m_readiness.constFind(m_rows.id(row));
    return it == m_readiness.cend() ? nullptr : &*it;
}

int DossierListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DossierListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DossierListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const int row = index.row();
    const StatusGroup::Group rowGroup = group(row);
    const ReadinessSummary* ready = readiness(row);
    switch (role) {
    case IdRole:
        return m_rows.id(row);
    case GroupRole:
        return int(rowGroup);
    case SearchTextRole:
        return m_rows.text(DossierRows::SearchText, row);
    case SearchDigitsRole:
        return m_rows.text(DossierRows::SearchDigits, row);
    case BadgeColorRole:
        return StatusGroup::color(rowGroup);
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == Readiness && ready
            && !DossierStatus::documentsSettled(m_rows.effectiveStatus(row, m_today)))
            return ready->firstProblem;
        if (index.column() == Status && rowGroup == StatusGroup::Rejected)
            return m_rows.text(DossierRows::RejectionReason, row);
        if (index.column() == Sync)
            return m_rows.syncState(row) == DossierSummary::SyncState::Conflict
                ? tr("Changed here and by another seat: open it to choose what to keep.")
                : m_rows.text(DossierRows::SyncError, row);
        if (index.column() == ChangedBy) {
            const QString changed = m_rows.text(DossierRows::ChangedBy, row);
            return changed.isEmpty()
                ? QString()
                : tr("Changed last on the portal by %1: %2")
                      .arg(changed.section(u'\t', 0, 0), whatText(changed.section(u'\t', 1)));
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Status:
            return int(rowGroup);
        case Readiness:
            if (DossierStatus::documentsSettled(m_rows.effectiveStatus(row, m_today)))
                return 1 << 21;
            return ready ? ready->blocking : 1 << 20;
        case StaleOn:
            return ready && ready->staleOn.isValid()
                    && !DossierStatus::documentsSettled(m_rows.effectiveStatus(row, m_today))
                ? ready->staleOn
                : QDate(9999, 12, 31);
        case ValidUntil: {
            const QDate validUntil = m_rows.validUntil(row);
            return validUntil.isValid() ? validUntil : QDate(9999, 12, 31);
        }
        case Sync:
            return int(m_rows.syncState(row));
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Name:
        return m_rows.text(DossierRows::Name, row);
    case Client:
        return m_rows.text(DossierRows::Client, row);
    case Siren:
        return m_rows.text(DossierRows::Siren, row);
    case Numbers:
        return m_rows.text(DossierRows::NumbersShown, row);
    case Status:
        return rowGroup == StatusGroup::ExpiringSoon
            ? StatusGroup::label(StatusGroup::ExpiringSoon)
            : DossierStatus::label(m_rows.effectiveStatus(row, m_today));
    case Readiness:
        if (DossierStatus::documentsSettled(m_rows.effectiveStatus(row, m_today)))
            return QString(); // submitted or decided: the status and its dates say what matters
        requestReadiness(row);
        if (!ready)
            return QStringLiteral("…");
        return readinessText(ready->blocking);
    case StaleOn:
        if (DossierStatus::documentsSettled(m_rows.effectiveStatus(row, m_today)))
            return QString();
        requestReadiness(row);
        return ready && ready->staleOn.isValid() ? QLocale().toString(ready->staleOn, QLocale::ShortFormat)
                                                 : QString();
    case ValidUntil: {
        const QDate validUntil = m_rows.validUntil(row);
        return validUntil.isValid() ? QLocale().toString(validUntil, QLocale::ShortFormat) : QString();
    }
    case Sync:
        return syncText(m_rows.syncState(row), m_sending.contains(m_rows.id(row)));
    case ChangedBy:
        return m_rows.text(DossierRows::ChangedBy, row).section(u'\t', 0, 0);
    default:
        return {};
    }
}

QString DossierListModel::whatText(const QString& what)
{
    if (what == QLatin1String("content"))
        return tr("its details");
    if (what == QLatin1String("documents"))
        return tr("its documents");
    if (what == QLatin1String("status"))
        return tr("its status");
    return what;
}

QString DossierListModel::readinessText(int blocking)
{
    return blocking == 0 ? tr("Ready") : tr("%n problem(s)", nullptr, blocking);
}

QString DossierListModel::syncText(DossierSummary::SyncState state, bool sending)
{
    if (sending)
        return tr("Sending…");
    switch (state) {
    case DossierSummary::SyncState::None:
        return QString();
    case DossierSummary::SyncState::Queued:
        return tr("Queued");
    case DossierSummary::SyncState::Retrying:
        return tr("Will retry");
    case DossierSummary::SyncState::Failed:
        return tr("Error");
    case DossierSummary::SyncState::Conflict:
        return tr("Conflict");
    }
    return {};
}

QStringList DossierListModel::shortTexts(Column column)
{
    QStringList texts;
    switch (column) {
    case Siren:
        texts.append(QStringLiteral("000000000"));
        break;
    case Status:
        for (DossierStatus::Status status : DossierStatus::all())
            texts.append(DossierStatus::label(status));
        texts.append(StatusGroup::label(StatusGroup::ExpiringSoon));
        break;
    case Readiness:
        texts << QStringLiteral("…") << readinessText(0) << readinessText(1) << readinessText(88);
        break;
    case StaleOn:
    case ValidUntil:
        texts.append(QLocale().toString(QDate(2088, 12, 28), QLocale::ShortFormat));
        break;
    case Sync:
        texts.append(syncText(DossierSummary::SyncState::None, true));
        for (auto state : { DossierSummary::SyncState::Queued, DossierSummary::SyncState::Retrying,
                            DossierSummary::SyncState::Failed, DossierSummary::SyncState::Conflict })
            texts.append(syncText(state, false));
        break;
    case ChangedBy:
        texts.append(QStringLiteral("m.durand")); // a usual login; a longer one is in the tooltip
        break;
    case Name:
    case Client:
    case Numbers:
    case ColumnCount:
        break;
    }
    return texts;
}

QVariant DossierListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Client:
        return tr("Client");
    case Siren:
        return tr("SIREN");
    case Numbers:
        return tr("Numbers");
    case Status:
        return tr("Status");
    case Readiness:
        return tr("Readiness");
    case StaleOn:
        return tr("Stale on");
    case ValidUntil:
        return tr("Valid until");
    case Sync:
        return tr("Sync");
    case ChangedBy:
        return tr("Changed by");
    default:
        return {};
    }
}

} // namespace Mandat

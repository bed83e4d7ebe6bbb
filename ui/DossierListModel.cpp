#include "DossierListModel.h"

#include "documents/FrenchDates.h"
#include "numbering/NumberClassifier.h"
#include "rules/DossierRules.h"
#include "store/Database.h"
#include "store/Profile.h"

#include <QLocale>
#include <QThread>

namespace Mandat {

namespace {
QString digitsOf(const QString& s)
{
    QString out;
    for (QChar c : s)
        if (c.isDigit())
            out.append(c);
    return out;
}
} // namespace

namespace {
// A few screens are read at once; the rest, above that many dossiers, on a thread.
int backgroundAbove = 2000;
int firstScreenRows = 300;
// Rows added to the list at a time while the thread reads (each addition refilters the list).
constexpr int kLoadChunk = 25000;
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

DossierListModel::Made DossierListModel::makeRow(DossierSummary summary, const QDate& today)
{
    Made made;
    made.row.summary = std::move(summary);
    const DossierSummary& s = made.row.summary;
    made.group = quint8(StatusGroup::of(s.effectiveStatus(today), s.validUntil, today));
    made.searchText = FrenchDates::fold(s.name + u'\n' + s.client).toUtf8();
    QStringList national;
    QString digits = s.siren;
    for (const QString& e164 : s.numbers) {
        const QString shown = NumberClassifier::builtIn().national(e164);
        national.append(shown);
        digits += u' ' + digitsOf(shown) + u' ' + digitsOf(e164);
    }
    made.row.numbersShown = national.join(QStringLiteral(", "));
    made.searchDigits = digits.toLatin1();
    return made;
}

void DossierListModel::appendRow(Made made)
{
    m_index.insert(made.row.summary.id, int(m_rows.size()));
    m_rows.append(std::move(made.row));
    m_groups.append(made.group);
    m_searchTexts.append(made.searchText);
    m_searchDigits.append(made.searchDigits);
}

void DossierListModel::setRow(int row, Made made)
{
    m_rows[row] = std::move(made.row);
    m_groups[row] = made.group;
    m_searchTexts.replace(row, made.searchText);
    m_searchDigits.replace(row, made.searchDigits);
}

void DossierListModel::removeRow(int row)
{
    m_rows.removeAt(row);
    m_groups.removeAt(row);
    m_searchTexts.remove(row);
    m_searchDigits.remove(row);
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
    m_groups.clear();
    m_searchTexts.clear();
    m_searchDigits.clear();
    m_index.clear();
    const qsizetype rows = qMax<qsizetype>(summaries.size(), m_expected);
    m_rows.reserve(rows);
    m_groups.reserve(rows);
    m_index.reserve(rows);
    m_searchTexts.reserve(rows, rows * 48);
    m_searchDigits.reserve(rows, rows * 40);
    for (DossierSummary& s : summaries)
        appendRow(makeRow(std::move(s)));
    summaries = {};
    m_requested.clear();
    endResetModel();
    emit groupsChanged();
}

void DossierListModel::startLoader()
{
    // The thread reads every dossier through its own connection and makes their rows; the
    // list adds those it does not hold yet (the first screen, a dossier refreshed meanwhile).
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancelLoad = cancel;
    const QString path = m_profile.databasePath();
    const QDate today = m_today;
    m_loader = QThread::create([this, cancel, path, today] {
        auto post = [&](QList<Made> rows, bool last, const QString& error) {
            QMetaObject::invokeMethod(
                this,
                [this, cancel, rows = std::move(rows), today, last, error]() mutable {
                    if (cancel->load())
                        return; // a reload or the end of the list stopped this reading
                    if (!error.isEmpty()) {
                        stopLoader();
                        emit loadFailed(error);
                        return;
                    }
                    addLoaded(std::move(rows), today, last);
                },
                Qt::QueuedConnection);
        };
        Database db;
        QString error;
        if (!db.open(path, &error)) {
            post({}, true, error);
            return;
        }
        QList<DossierSummary> all = DossierSummaries::all(db, &error, cancel.get());
        if (!error.isEmpty()) {
            post({}, true, error);
            return;
        }
        QList<Made> chunk;
        chunk.reserve(kLoadChunk);
        for (qsizetype i = 0; i < all.size() && !cancel->load(std::memory_order_relaxed); ++i) {
            chunk.append(makeRow(std::move(all[i]), today));
            if (chunk.size() == kLoadChunk && i + 1 < all.size()) {
                post(std::exchange(chunk, {}), false, {});
                chunk.reserve(kLoadChunk);
            }
        }
        post(std::move(chunk), true, {});
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

void DossierListModel::addLoaded(QList<Made> rows, const QDate& today, bool last)
{
    QList<Made> fresh;
    fresh.reserve(rows.size());
    for (Made& made : rows) {
        const QUuid& id = made.row.summary.id;
        if (m_index.contains(id) || m_removedWhileLoading.contains(id))
            continue;
        if (today != m_today) // the day changed while the thread read
            made = makeRow(std::move(made.row.summary));
        fresh.append(std::move(made));
    }
    rows = {};
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
        for (Made& made : fresh)
            appendRow(std::move(made));
        endInsertRows();
    }
    if (last) {
        m_loader->wait();
        delete m_loader;
        m_loader = nullptr;
        m_cancelLoad.reset();
        m_removedWhileLoading.clear();
        m_expected = int(m_rows.size());
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
        m_index.insert(m_rows.at(i).summary.id, i);
}

void DossierListModel::refresh(const QUuid& id)
{
    QString error;
    const std::optional<DossierSummary> s = DossierSummaries::one(m_profile.database(), id, &error);
    const int row = rowOf(id);
    m_requested.remove(id);
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
        appendRow(makeRow(*s));
        endInsertRows();
    } else {
        setRow(row, makeRow(*s));
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
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        Row& row = m_rows[r];
        m_groups[r]
            = quint8(StatusGroup::of(row.summary.effectiveStatus(m_today), row.summary.validUntil, m_today));
        row.hasReadiness = false;
    }
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
    for (int row = 0; row < m_rows.size(); ++row) {
        const bool sending = ids.contains(m_rows.at(row).summary.id);
        if (m_rows.at(row).sending != sending) {
            m_rows[row].sending = sending;
            emit dataChanged(index(row, Sync), index(row, Sync));
        }
    }
}

void DossierListModel::requestReadiness(int row) const
{
    const QUuid id = m_rows.at(row).summary.id;
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
    m_rows[row].readiness = summary;
    m_rows[row].hasReadiness = true;
    emit dataChanged(index(row, Readiness), index(row, StaleOn));
}

QUuid DossierListModel::dossierId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).summary.id : QUuid();
}

int DossierListModel::rowOf(const QUuid& id) const
{
    return m_index.value(id, -1);
}

const ReadinessSummary* DossierListModel::readiness(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).hasReadiness ? &m_rows.at(row).readiness
                                                                          : nullptr;
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
    const Row& r = m_rows.at(index.row());
    const DossierSummary& s = r.summary;
    const StatusGroup::Group rowGroup = group(index.row());
    switch (role) {
    case IdRole:
        return s.id;
    case GroupRole:
        return int(rowGroup);
    case SearchTextRole:
        return QString::fromUtf8(m_searchTexts.at(index.row()));
    case SearchDigitsRole:
        return QString::fromLatin1(m_searchDigits.at(index.row()));
    case BadgeColorRole:
        return StatusGroup::color(rowGroup);
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == Readiness && r.hasReadiness
            && !DossierStatus::documentsSettled(s.effectiveStatus(m_today)))
            return r.readiness.firstProblem;
        if (index.column() == Status && rowGroup == StatusGroup::Rejected)
            return s.rejectionReason;
        if (index.column() == Sync)
            return s.syncError;
        return {};
    case SortRole:
        switch (index.column()) {
        case Status:
            return int(rowGroup);
        case Readiness:
            if (DossierStatus::documentsSettled(s.effectiveStatus(m_today)))
                return 1 << 21;
            return r.hasReadiness ? r.readiness.blocking : 1 << 20;
        case StaleOn:
            return r.hasReadiness && r.readiness.staleOn.isValid()
                    && !DossierStatus::documentsSettled(s.effectiveStatus(m_today))
                ? r.readiness.staleOn
                : QDate(9999, 12, 31);
        case ValidUntil:
            return s.validUntil.isValid() ? s.validUntil : QDate(9999, 12, 31);
        case Sync:
            return int(s.syncState);
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
        return s.name;
    case Client:
        return s.client;
    case Siren:
        return s.siren;
    case Numbers:
        return r.numbersShown;
    case Status:
        return rowGroup == StatusGroup::ExpiringSoon ? StatusGroup::label(StatusGroup::ExpiringSoon)
                                                     : DossierStatus::label(s.effectiveStatus(m_today));
    case Readiness:
        if (DossierStatus::documentsSettled(s.effectiveStatus(m_today)))
            return QString(); // submitted or decided: the status and its dates say what matters
        requestReadiness(index.row());
        if (!r.hasReadiness)
            return QStringLiteral("…");
        return readinessText(r.readiness.blocking);
    case StaleOn:
        if (DossierStatus::documentsSettled(s.effectiveStatus(m_today)))
            return QString();
        requestReadiness(index.row());
        return r.hasReadiness && r.readiness.staleOn.isValid()
            ? QLocale().toString(r.readiness.staleOn, QLocale::ShortFormat)
            : QString();
    case ValidUntil:
        return s.validUntil.isValid() ? QLocale().toString(s.validUntil, QLocale::ShortFormat) : QString();
    case Sync:
        return syncText(s.syncState, r.sending);
    default:
        return {};
    }
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
                            DossierSummary::SyncState::Failed })
            texts.append(syncText(state, false));
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
    default:
        return {};
    }
}

} // namespace Mandat

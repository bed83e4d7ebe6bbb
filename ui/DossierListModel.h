#pragma once

#include "DossierRows.h"
#include "ReadinessWorker.h"
#include "TextColumn.h"
#include "model/StatusGroup.h"
#include "store/DossierSummaries.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <atomic>
#include <memory>

class QSemaphore;
class QThread;

namespace Mandat {

class Profile;

/*
 * The dossier list: one row per dossier of the profile, read at start and then kept up to
 * date one dossier at a time (refresh()) — an edit never reloads the list. A large book
 * opens on its first screen: the first rows are read at once, the others on a thread of
 * their own and added as they come (loadingProgress(), loaded()). Readiness and the earliest stale date need
 * each dossier's documents: they are asked of a ReadinessWorker when a row is first shown and filled in when
 * it answers. Every row keeps a folded search text so the filter never formats anything. The
 * rows are kept a column each (DossierRows): 100,000 dossiers hold in tens of megabytes.
 */
class DossierListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Client,
        Siren,
        Numbers,
        Status,
        Readiness,
        StaleOn,
        ValidUntil,
        Sync,
        ChangedBy,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        GroupRole, // StatusGroup of the row
        SearchTextRole, // folded name, client, SIREN
        SearchDigitsRole, // SIREN and numbers (national and international digits)
        SortRole,
        BadgeColorRole,
    };

    explicit DossierListModel(Profile& profile, QObject* parent = nullptr);
    ~DossierListModel() override;

    // Above `above` dossiers, reload() reads `firstScreen` of them and the rest on a thread.
    static void setBackgroundLoading(int above, int firstScreen);
    // Tests: each page the thread read waits for a permit of `gate` before it is added
    // (nullptr, the default: none waits).
    static void setLoaderGate(QSemaphore* gate);
    bool reload(QString* error = nullptr);
    bool isLoading() const { return m_loader != nullptr; }
    int expectedRows() const { return m_expected; }
    // Reads one dossier again (after an edit, a sync): updates, adds or removes its row.
    void refresh(const QUuid& id);
    void setToday(const QDate& today);
    void setReadinessWorker(ReadinessWorker* worker);
    // The dossiers whose pending change is being sent now (empty when the sync is over).
    void setSending(const QList<QUuid>& ids);

    QUuid dossierId(int row) const;
    int rowOf(const QUuid& id) const;
    DossierSummary summary(int row) const { return m_rows.summary(row); }
    // The row's stored status and validity, without making its summary.
    DossierStatus::Status effectiveStatus(int row, const QDate& today) const
    {
        return m_rows.effectiveStatus(row, today);
    }
    StatusGroup::Group group(int row) const { return m_rows.group(row); }
    // What the search looks in, a column each, without a QVariant per row (the filter reads
    // 100,000 a keystroke): the folded name and client, and the SIREN and numbers' digits.
    const TextColumn& searchTexts() const { return m_rows.column(DossierRows::SearchText); }
    const TextColumn& searchDigits() const { return m_rows.column(DossierRows::SearchDigits); }
    // The readiness of a row, if the worker answered.
    const ReadinessSummary* readiness(int row) const;

    // Every text a column of short values (SIREN, status, readiness, dates, sync) may show, in
    // the user's language: the window gives the column their width. Empty for the others.
    static QStringList shortTexts(Column column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // The number of rows or their status groups changed (filter counts follow).
    void groupsChanged();
    // Reading on a thread: rows added so far out of the dossiers counted at the start.
    void loadingProgress(int rows, int expected);
    void loaded();
    void loadFailed(const QString& error);

private:
    static QString readinessText(int blocking);
    static QString syncText(DossierSummary::SyncState state, bool sending);
    // "content", "documents", "status" as a person reads them.
    static QString whatText(const QString& what);

    void resetRows(QList<DossierSummary> summaries);
    void startLoader();
    void stopLoader();
    void addLoaded(const DossierRows& rows, const QDate& today, bool last);
    void appendRow(const DossierSummary& summary);
    void removeRow(int row);
    void requestReadiness(int row) const;
    void onReadiness(const QUuid& id, const ReadinessSummary& summary);
    void rebuildIndex();

    Profile& m_profile;
    DossierRows m_rows;
    QHash<QUuid, int> m_index;
    // Only the rows shown have these: they are kept beside the rows.
    QHash<QUuid, ReadinessSummary> m_readiness;
    QSet<QUuid> m_sending;
    QDate m_today;
    QPointer<ReadinessWorker> m_worker;
    QThread* m_loader = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelLoad;
    int m_expected = 0; // rows counted before the thread reads them
    QSet<QUuid> m_removedWhileLoading;
    mutable QSet<QUuid> m_requested;
};

} // namespace Mandat

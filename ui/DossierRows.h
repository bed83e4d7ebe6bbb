#pragma once

#include "TextColumn.h"
#include "model/StatusGroup.h"
#include "store/DossierSummaries.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>
#include <array>

namespace Mandat {

/*
 * The dossier list's rows, a column each: a row's fixed values in one array, its texts in
 * UTF-8 columns (TextColumn). 100,000 dossiers hold in about 35 MB, where a DossierSummary
 * each (seven strings and a list of them on the heap) took 115 MB; the view asks for the
 * few rows it shows, made into strings then. A row is made once, from a DossierSummary:
 * its status group for the day, its numbers as shown, and what the search reads.
 */
class DossierRows
{
public:
    enum Text {
        Name,
        Client,
        Siren,
        Numbers, // E.164, separated by spaces, in the dossier's order
        NumbersShown, // national format, separated by commas
        RejectionReason,
        SyncError,
        SearchText, // folded "name\nclient"
        SearchDigits, // SIREN, then each number's national and international digits
        ChangedBy, // who changed it last on the portal, and what: "login\twhat"
        TextCount
    };

    qsizetype size() const { return qsizetype(m_fixed.size()); }
    bool isEmpty() const { return m_fixed.isEmpty(); }
    void clear();
    void reserve(qsizetype rows);
    void squeeze();

    // Adds a dossier as the list shows it on `today`.
    void append(const DossierSummary& summary, const QDate& today);
    // Adds row `row` of `other` as it was made there.
    void append(const DossierRows& other, qsizetype row);
    void replace(qsizetype row, const DossierRows& other, qsizetype otherRow);
    void remove(qsizetype row);
    // The status groups of the rows from `first` on, for another day.
    void regroup(const QDate& today, qsizetype first = 0);

    QUuid id(qsizetype row) const { return m_fixed.at(row).id; }
    DossierStatus::Status status(qsizetype row) const
    {
        return DossierStatus::Status(m_fixed.at(row).status);
    }
    DossierStatus::Status effectiveStatus(qsizetype row, const QDate& today) const;
    QDate validUntil(qsizetype row) const;
    DossierSummary::SyncState syncState(qsizetype row) const
    {
        return DossierSummary::SyncState(m_fixed.at(row).syncState);
    }
    StatusGroup::Group group(qsizetype row) const { return StatusGroup::Group(m_groups.at(row)); }
    QString text(Text column, qsizetype row) const { return QString::fromUtf8(m_texts[column].at(row)); }
    const TextColumn& column(Text column) const { return m_texts[column]; }
    // The row as the store reads it.
    DossierSummary summary(qsizetype row) const;

private:
    struct Fixed
    {
        QUuid id;
        qint32 validUntil = 0; // Julian day, 0 when there is none
        quint8 status = 0;
        quint8 syncState = 0;
    };
    static StatusGroup::Group groupOf(const Fixed& fixed, const QDate& today);

    QList<Fixed> m_fixed;
    QList<quint8> m_groups;
    std::array<TextColumn, TextCount> m_texts;
};

} // namespace Mandat

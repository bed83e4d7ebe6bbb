#include "DossierRows.h"

#include "documents/FrenchDates.h"
#include "numbering/NumberClassifier.h"

namespace Mandat {

namespace {
void appendDigits(QByteArray& out, const QString& s)
{
    out.append(' ');
    for (QChar c : s)
        if (c.isDigit())
            out.append(char(c.unicode() < 0x80 ? c.unicode() : '0' + c.digitValue()));
}

// Bytes a row's text takes on average, for reserve().
constexpr std::array<int, DossierRows::TextCount> kTypicalBytes { 32, 28, 10, 26, 30, 1, 1, 60, 60, 1 };
} // namespace

void DossierRows::clear()
{
    m_fixed.clear();
    m_groups.clear();
    for (TextColumn& column : m_texts)
        column.clear();
}

void DossierRows::reserve(qsizetype rows)
{
    m_fixed.reserve(rows);
    m_groups.reserve(rows);
    for (int c = 0; c < TextCount; ++c)
        m_texts[c].reserve(rows, rows * (kTypicalBytes[c] + 1));
}

void DossierRows::squeeze()
{
    m_fixed.squeeze();
    m_groups.squeeze();
    for (TextColumn& column : m_texts)
        column.squeeze();
}

StatusGroup::Group DossierRows::groupOf(const Fixed& fixed, const QDate& today)
{
    const QDate validUntil = fixed.validUntil ? QDate::fromJulianDay(fixed.validUntil) : QDate();
    return StatusGroup::of(DossierStatus::effective(DossierStatus::Status(fixed.status), validUntil, today),
                           validUntil, today);
}

void DossierRows::append(const DossierSummary& s, const QDate& today)
{
    Fixed fixed;
    fixed.id = s.id;
    fixed.validUntil = s.validUntil.isValid() ? qint32(s.validUntil.toJulianDay()) : 0;
    fixed.status = quint8(s.status);
    fixed.syncState = quint8(s.syncState);
    m_fixed.append(fixed);
    m_groups.append(quint8(groupOf(fixed, today)));

    QString shown;
    QByteArray digits = s.siren.toLatin1();
    for (const QString& e164 : s.numbers) {
        const QString national = NumberClassifier::builtIn().national(e164);
        if (!shown.isEmpty())
            shown += QStringLiteral(", ");
        shown += national;
        appendDigits(digits, national);
        appendDigits(digits, e164);
    }
    m_texts[Name].append(s.name.toUtf8());
    m_texts[Client].append(s.client.toUtf8());
    m_texts[Siren].append(s.siren.toUtf8());
    m_texts[Numbers].append(s.numbers.join(u' ').toUtf8());
    m_texts[NumbersShown].append(shown.toUtf8());
    m_texts[RejectionReason].append(s.rejectionReason.toUtf8());
    m_texts[SyncError].append(s.syncError.toUtf8());
    m_texts[SearchText].append(FrenchDates::fold(s.name + u'\n' + s.client).toUtf8());
    m_texts[SearchDigits].append(digits);
    m_texts[ChangedBy].append(s.changedBy.isEmpty() ? QByteArray()
                                                    : (s.changedBy + u'\t' + s.changedWhat).toUtf8());
}

void DossierRows::append(const DossierRows& other, qsizetype row)
{
    m_fixed.append(other.m_fixed.at(row));
    m_groups.append(other.m_groups.at(row));
    for (int c = 0; c < TextCount; ++c)
        m_texts[c].append(other.m_texts[c].at(row));
}

void DossierRows::replace(qsizetype row, const DossierRows& other, qsizetype otherRow)
{
    m_fixed[row] = other.m_fixed.at(otherRow);
    m_groups[row] = other.m_groups.at(otherRow);
    for (int c = 0; c < TextCount; ++c)
        m_texts[c].replace(row, other.m_texts[c].at(otherRow));
}

void DossierRows::remove(qsizetype row)
{
    m_fixed.removeAt(row);
    m_groups.removeAt(row);
    for (TextColumn& column : m_texts)
        column.remove(row);
}

void DossierRows::regroup(const QDate& today, qsizetype first)
{
    for (qsizetype r = first; r < m_fixed.size(); ++r)
        m_groups[r] = quint8(groupOf(m_fixed.at(r), today));
}

DossierStatus::Status DossierRows::effectiveStatus(qsizetype row, const QDate& today) const
{
    return DossierStatus::effective(status(row), validUntil(row), today);
}

QDate DossierRows::validUntil(qsizetype row) const
{
    const qint32 day = m_fixed.at(row).validUntil;
    return day ? QDate::fromJulianDay(day) : QDate();
}

DossierSummary DossierRows::summary(qsizetype row) const
{
    DossierSummary s;
    s.id = id(row);
    s.name = text(Name, row);
    s.client = text(Client, row);
    s.siren = text(Siren, row);
    s.numbers = text(Numbers, row).split(u' ', Qt::SkipEmptyParts);
    s.status = status(row);
    s.rejectionReason = text(RejectionReason, row);
    s.validUntil = validUntil(row);
    s.syncState = syncState(row);
    s.syncError = text(SyncError, row);
    const QString changed = text(ChangedBy, row);
    s.changedBy = changed.section(u'\t', 0, 0);
    s.changedWhat = changed.section(u'\t', 1);
    s.conflict = s.syncState == DossierSummary::SyncState::Conflict;
    return s;
}

} // namespace Mandat

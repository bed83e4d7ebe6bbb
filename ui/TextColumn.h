#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <vector>

namespace Mandat {

/*
 * One short text a row (what the list searches in), all in one UTF-8 buffer: 100,000 rows
 * are a few megabytes read front to back by memmem() instead of 100,000 strings on the heap.
 * Each text ends with a NUL, so a match never spans two rows.
 */
class TextColumn
{
public:
    qsizetype size() const { return m_starts.size() - 1; }
    void clear();
    void reserve(qsizetype rows, qsizetype bytes);
    // Gives back what reserve() took and the rows did not use.
    void squeeze();
    void append(QByteArrayView text);
    void replace(qsizetype row, QByteArrayView text);
    void remove(qsizetype row);
    QByteArrayView at(qsizetype row) const;

    bool contains(qsizetype row, QByteArrayView needle) const;
    // Sets hits[row] for every row whose text holds `needle` (hits has size() entries).
    void find(QByteArrayView needle, std::vector<char>& hits) const;

private:
    static QByteArray stored(QByteArrayView text);

    QByteArray m_text; // every row's text followed by a NUL
    QList<quint32> m_starts { 0 }; // row r is m_text[m_starts[r], m_starts[r + 1] - 1)
};

} // namespace Mandat

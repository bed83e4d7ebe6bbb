#include "TextColumn.h"

#include <algorithm>
#include <cstring>

namespace Mandat {

QByteArray TextColumn::stored(QByteArrayView text)
{
    QByteArray out(text.data(), text.size());
    out.replace('\0', ' '); // the row separator
    out.append('\0');
    return out;
}

void TextColumn::clear()
{
    m_text.clear();
    m_starts = { 0 };
}

void TextColumn::reserve(qsizetype rows, qsizetype bytes)
{
    m_starts.reserve(rows + 1);
    m_text.reserve(bytes);
}

void TextColumn::append(QByteArrayView text)
{
    // In place: no string a row.
    const qsizetype begin = m_text.size();
    m_text.append(text.data(), text.size());
    std::replace(m_text.begin() + begin, m_text.end(), '\0', ' '); // the row separator
    m_text.append('\0');
    m_starts.append(quint32(m_text.size()));
}

void TextColumn::squeeze()
{
    m_text.squeeze();
    m_starts.squeeze();
}

void TextColumn::replace(qsizetype row, QByteArrayView text)
{
    const QByteArray s = stored(text);
    const qsizetype begin = m_starts.at(row);
    const qsizetype length = m_starts.at(row + 1) - begin;
    m_text.replace(begin, length, s);
    const qint64 shift = s.size() - length;
    if (shift != 0)
        for (qsizetype r = row + 1; r < m_starts.size(); ++r)
            m_starts[r] = quint32(m_starts.at(r) + shift);
}

void TextColumn::remove(qsizetype row)
{
    const quint32 begin = m_starts.at(row);
    const quint32 length = m_starts.at(row + 1) - begin;
    m_text.remove(begin, length);
    m_starts.removeAt(row + 1);
    for (qsizetype r = row + 1; r < m_starts.size(); ++r)
        m_starts[r] -= length;
}

QByteArrayView TextColumn::at(qsizetype row) const
{
    const quint32 begin = m_starts.at(row);
    return QByteArrayView(m_text.constData() + begin, m_starts.at(row + 1) - begin - 1);
}

bool TextColumn::contains(qsizetype row, QByteArrayView needle) const
{
    const QByteArrayView text = at(row);
    return needle.isEmpty() || memmem(text.data(), size_t(text.size()), needle.data(), size_t(needle.size()));
}

void TextColumn::find(QByteArrayView needle, std::vector<char>& hits) const
{
    if (needle.isEmpty()) {
        std::fill(hits.begin(), hits.end(), 1);
        return;
    }
    const char* const base = m_text.constData();
    const char* const end = base + m_text.size();
    const char* p = base;
    auto row = m_starts.cbegin();
    while (p < end) {
        const auto* hit
            = static_cast<const char*>(memmem(p, size_t(end - p), needle.data(), size_t(needle.size())));
        if (!hit)
            break;
        // The row holding the hit (hits only go forward), then on to the next row.
        row = std::upper_bound(row, m_starts.cend(), quint32(hit - base)) - 1;
        hits[size_t(row - m_starts.cbegin())] = 1;
        p = base + *(row + 1);
    }
}

} // namespace Mandat

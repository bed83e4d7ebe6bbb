#pragma once

#include <QDate>
#include <QDateTime>

namespace Mandat {

/*
 * The one source of "now" for every rule that depends on time: freshness of documents,
 * mandate expiry, reminders. Production code asks Clock::instance(); tests and the CLI's
 * --today install a FixedClock, so rules are checked at chosen dates.
 */
class Clock
{
public:
    virtual ~Clock() = default;

    virtual QDateTime currentDateTimeUtc() const = 0;
    QDate today() const { return currentDateTimeUtc().toLocalTime().date(); }

    static const Clock& instance();
    // Takes ownership; nullptr restores the system clock.
    static void setInstance(Clock* clock);
};

class SystemClock : public Clock
{
public:
    QDateTime currentDateTimeUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stands still until told to move: for tests and for --today.
class FixedClock : public Clock
{
public:
    explicit FixedClock(const QDateTime& utc)
        : m_now(utc)
    { }
    explicit FixedClock(const QDate& localDay)
        : m_now(QDateTime(localDay, QTime(12, 0)).toUTC())
    { }

    QDateTime currentDateTimeUtc() const override { return m_now; }
    void setNow(const QDateTime& utc) { m_now = utc; }
    void advanceDays(int days) { m_now = m_now.addDays(days); }
    void advanceMonths(int months) { m_now = m_now.addMonths(months); }

private:
    QDateTime m_now;
};

} // namespace Mandat

#include "Clock.h"

#include <memory>

namespace Mandat {

namespace {
std::unique_ptr<Clock>& installed()
{
    static std::unique_ptr<Clock> clock;
    return clock;
}
} // namespace

const Clock& Clock::instance()
{
    static const SystemClock system;
    const auto& clock = installed();
    return clock ? *clock : static_cast<const Clock&>(system);
}

void Clock::setInstance(Clock* clock)
{
    installed().reset(clock);
}

} // namespace Mandat

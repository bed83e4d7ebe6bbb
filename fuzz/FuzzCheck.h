#pragma once

#include <cstdio>
#include <cstdlib>

namespace Mandat {

// A property of the parser's answer that must hold whatever the input: when it does not, the
// fuzzer stops on that input (a crash to libFuzzer), saying which.
#define MANDAT_FUZZ_CHECK(condition)                                                                         \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);         \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

} // namespace Mandat

// SPDX-License-Identifier: GPL-3.0-or-later
// FUZZ_CHECK(condition): what a fuzzer of tests/fuzz does when an invariant breaks:
// name the condition and abort, which libFuzzer reports as a finding with its input.
#pragma once

#include <cstdio>
#include <cstdlib>

// FuzzRegressionTest defines its own FUZZ_CHECK, which fails the test instead.
#ifndef FUZZ_CHECK
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "invariant violated: %s (%s:%d)\n", #condition, __FILE__,         \
                         __LINE__);                                                                \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
#endif

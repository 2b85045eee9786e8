// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cmath>
#include <numbers>
#include <random>

/**
 * The random numbers of the demo generator. std::mt19937_64 is specified to the bit, but
 * the standard distributions are not (libstdc++ and libc++ draw differently), so the
 * few distributions needed are written here: one seed gives the same numbers with any
 * standard library.
 */
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_engine(seed)
    {}

    /** A new generator seeded from this one: a part of the data gets its own stream. */
    DemoRandom fork() { return DemoRandom(m_engine()); }

    /** Uniform in [0, 1), from the top 53 bits of one draw. */
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    /** Uniform in [low, high). */
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    /** A whole number from low to high, both included. */
    int between(int low, int high) { return low + int(uniform() * (high - low + 1)); }
    bool chance(double probability) { return uniform() < probability; }
    /** Standard normal (Box–Muller). */
    double normal()
    {
        const double u = 1.0 - uniform(); // (0, 1]: the logarithm stays finite
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * uniform());
    }

    /** One element of a non-empty container, picked uniformly. */
    template <typename Container>
    const auto& pick(const Container& items)
    {
        return items[between(0, int(std::size(items)) - 1)];
    }

private:
    std::mt19937_64 m_engine;
};

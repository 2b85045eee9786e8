// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Failure.h"

#include <optional>
#include <utility>
#include <variant>

/**
 * Either a value or the Failure that prevented it. A small stand-in for C++23's
 * std::expected: check ok() before value(); error() is valid only when !ok().
 */
template <typename T>
class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Failure failure)
        : m_data(std::move(failure))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const Failure& error() const { return std::get<Failure>(m_data); }

private:
    std::variant<T, Failure> m_data;
};

/** The outcome of an operation that yields nothing but may fail. */
class Status
{
public:
    Status() = default;
    Status(Failure failure)
        : m_failure(std::move(failure))
    {}

    bool ok() const { return !m_failure.has_value(); }
    explicit operator bool() const { return ok(); }
    const Failure& error() const { return *m_failure; }

private:
    std::optional<Failure> m_failure;
};

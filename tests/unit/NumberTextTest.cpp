// SPDX-License-Identifier: GPL-3.0-or-later
#include "NumberText.h"

#include <gtest/gtest.h>

TEST(NumberText, WholeNumbersHaveNoDecimals)
{
    EXPECT_EQ(numberText(4), QStringLiteral("4"));
    EXPECT_EQ(numberText(-3), QStringLiteral("-3"));
    EXPECT_EQ(numberText(0), QStringLiteral("0"));
    EXPECT_EQ(numberText(1000000), QStringLiteral("1000000"));
}

TEST(NumberText, FractionsUseTheShortestExactDigits)
{
    EXPECT_EQ(numberText(2.5), QStringLiteral("2.5"));
    EXPECT_EQ(numberText(6.2), QStringLiteral("6.2"));
    EXPECT_EQ(numberText(0.1), QStringLiteral("0.1"));
    EXPECT_EQ(numberText(0.1 + 0.2), QStringLiteral("0.30000000000000004"));
}

TEST(NumberText, ExtremeMagnitudesUseExponents)
{
    EXPECT_EQ(numberText(1e-7), QStringLiteral("1e-07"));
    EXPECT_EQ(numberText(2e20), QStringLiteral("2e+20"));
}

TEST(NumberText, EveryTextReadsBackAsTheSameDouble)
{
    for (double v : {4.0, 2.5, 0.1 + 0.2, 1.0 / 3, 123456.789, 1e-7, 2e20, -47.25}) {
        bool ok = false;
        EXPECT_EQ(numberText(v).toDouble(&ok), v) << numberText(v).toStdString();
        EXPECT_TRUE(ok);
    }
}

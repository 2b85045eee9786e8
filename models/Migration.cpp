// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migration.h"

QList<Migration> Migration::all()
{
    return {
        {1, QStringLiteral("initial schema"), schemaV1()},
        {2, QStringLiteral("composite score weights"), schemaV2()},
    };
}

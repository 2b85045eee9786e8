// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdrReading.h"

using namespace Qt::StringLiterals;
using AdrFieldNames::Field;

AdrReading::AdrReading(const QString& fileName)
{
    out.adr.sourcePath = fileName;
}

void AdrReading::keepRaw(Adr::RawPart::Kind kind, const QString& name, const QString& body)
{
    out.adr.raw << Adr::RawPart{kind, name, body};
    out.keptRaw << (name.isEmpty() ? tr("text under the title") : name);
}

QString AdrReading::format() const
{
    const Clues& c = clues;
    if (c.frontMatter)
        return (c.frontMatterDeciders && !c.frontMatterDecisionMakers) || c.validation ? u"madr3"_s
                                                                                       : u"madr4"_s;
    if (c.datedFileName)
        return u"log4brains"_s;
    if (c.statusSection || c.plainMetadata || (c.titleNumber && c.nygardSections))
        return u"nygard"_s;
    if (c.dashBullets && seen.contains(Field::Tags))
        return u"log4brains"_s;
    if (c.madr2)
        return u"madr2"_s;
    if (c.madr4 || !seen.isEmpty())
        return u"madr4"_s;
    return c.titleNumber ? u"nygard"_s : u"madr4"_s;
}

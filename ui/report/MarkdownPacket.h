// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PacketOutline.h"

#include <QByteArray>
#include <QString>

/**
 * A PacketOutline as CommonMark with GitHub tables, UTF-8: headings, paragraphs, pipe
 * tables and image links to "<imageFolder>/<PacketChart::fileName>.png", relative to
 * the Markdown file, so the file and its folder can be moved together.
 */
namespace MarkdownPacket {

QByteArray text(const PacketOutline& outline, const QString& imageFolder);

} // namespace MarkdownPacket

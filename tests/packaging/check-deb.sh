#!/bin/sh
# Builds the .deb from this build folder, checks it with lintian, unpacks it into a
# scratch root with dpkg-deb -x and runs the unpacked binary as a user would.
# usage: check-deb.sh BUILD_DIR
set -eu
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work" >/dev/null
deb=$(ls "$work"/rungs_*.deb)

lintian --fail-on error,warning "$deb"

dpkg-deb -x "$deb" "$work/root"
for path in usr/bin/rungs usr/libexec/rungs/rungs-gui usr/share/applications/io.github.rungs.Rungs.desktop \
    usr/share/metainfo/io.github.rungs.Rungs.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/io.github.rungs.Rungs.svg \
    usr/share/icons/hicolor/48x48/apps/io.github.rungs.Rungs.png \
    usr/share/man/man1/rungs.1.gz usr/share/doc/rungs/copyright \
    usr/share/doc/rungs/changelog.gz; do
    test -s "$work/root/$path" || { echo "missing from the package: /$path"; exit 1; }
done
version=$("$work/root/usr/bin/rungs" --version)
test "$version" = "rungs 0.1.0" || { echo "unexpected --version: $version"; exit 1; }
"$work/root/usr/bin/rungs" --help | grep -q "chart" || { echo "--help lists no chart command"; exit 1; }
LC_ALL=zh_CN.UTF-8 LANG=zh_CN.UTF-8 "$work/root/usr/bin/rungs" --help | grep -q "用法" ||
    { echo "--help is not in Chinese under zh_CN"; exit 1; }
dpkg-deb -f "$deb" Depends | grep -q "libqt6sql6-sqlite" || { echo "Depends lacks libqt6sql6-sqlite"; exit 1; }
echo "$deb: lintian clean, unpacked binary runs"

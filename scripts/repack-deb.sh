#!/bin/sh
# Recompresses a .deb made by Tauri's bundler with xz instead of gzip. xz is Debian's own default
# for packages; the same files take about a quarter less room, which keeps Baken's .deb well under
# its 20 MB target (docs/performance.md). The contents, permissions and control files stay as the
# bundler made them; the files are owned by root, as in any Debian package.
# Usage: scripts/repack-deb.sh PACKAGE.deb   (rewrites the file in place)
set -eu
deb="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb --raw-extract "$deb" "$work/root"
dpkg-deb --root-owner-group -Zxz --build "$work/root" "$work/new.deb" >/dev/null
mv "$work/new.deb" "$deb"

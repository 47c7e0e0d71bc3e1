#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails unless LANG.po translates every string of today's sources: msgfmt finds no error, no
# fuzzy and no untranslated message, and no string that xgettext extracts from the files of
# po/POTFILES.in (with po/its/ for the catalogue and the motions) is missing from it.
# Usage: check-translation.sh SOURCE_ROOT LANG
set -eu
cd "$1"
po="po/$2.po"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

stats=$(msgfmt --check --statistics -o /dev/null "$po" 2>&1) || { echo "$stats"; exit 1; }
echo "$po: $stats"
case "$stats" in
  *fuzzy*|*untranslated*) echo "$po is not complete"; exit 1 ;;
esac

# The keywords of meson's 'glib' preset, as po/meson.build uses.
grep -v '^#' po/POTFILES.in > "$scratch/files"
GETTEXTDATADIRS="$PWD/po" xgettext --from-code=UTF-8 --files-from="$scratch/files" \
  --output="$scratch/sources.pot" --keyword=_ --keyword=N_ --keyword=C_:1c,2 \
  --keyword=NC_:1c,2 --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 \
  --keyword=g_dpgettext2:2c,3 --keyword=ngettext:1,2 2>&1 | grep -v "^xgettext: warning" || true
test -s "$scratch/sources.pot" || { echo "xgettext extracted nothing"; exit 1; }
if ! msgcmp "$po" "$scratch/sources.pot"; then
  echo "$po lacks strings of the sources: run ninja strong-hips-update-po and translate them"
  exit 1
fi

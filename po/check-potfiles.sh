#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a source with translatable strings is missing from po/POTFILES.in (its strings
# would never reach translators), or when POTFILES.in names a file that does not exist.
# Usage: check-potfiles.sh SOURCE_ROOT
set -eu
cd "$1"
status=0
for file in $(grep -rlE '(^|[^A-Za-z_])(N?_|C_|NC_|Q_|g_dngettext|ngettext) ?\(|translatable="yes"' \
                src ui --include='*.c' --include='*.ui' | sort); do
  if ! grep -qxF "$file" po/POTFILES.in; then
    echo "not in po/POTFILES.in: $file"
    status=1
  fi
done
for file in $(grep -v '^#' po/POTFILES.in); do
  if [ ! -e "$file" ]; then
    echo "in po/POTFILES.in but missing: $file"
    status=1
  fi
done
exit $status

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# validate-metainfo.sh APPSTREAMCLI METAINFO: appstreamcli's pedantic validation, failing on any
# issue at all (appstreamcli itself fails only on errors and warnings). The one issue allowed is
# the app id's capitals (cid-contains-uppercase-letter): GNOME's ids are in camel case and
# Flathub accepts them; the id cannot change without losing people's settings and data.
set -u

output=$("$1" validate --no-net --pedantic --explain "$2" 2>&1)
status=$?
printf '%s\n' "$output"
if [ $status -ne 0 ]; then
  exit $status
fi
if printf '%s\n' "$output" | grep -E '^[EWIP]: ' | grep -qv 'cid-contains-uppercase-letter'; then
  echo "validate-metainfo: the metainfo has issues (above)" >&2
  exit 1
fi

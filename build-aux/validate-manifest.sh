#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# validate-manifest.sh MANIFEST: flatpak-builder parses the Flatpak manifest as it would before
# a build (no runtime or network needed). Skipped (77) where flatpak-builder is not installed.
set -eu

if ! command -v flatpak-builder >/dev/null 2>&1; then
  echo "flatpak-builder is not installed: skipped"
  exit 77
fi
# It makes its state directory (.flatpak-builder) even to show a manifest: in a temporary one.
manifest=$(realpath "$1")
state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT
shown=$(cd "$state" && flatpak-builder --show-manifest "$manifest")
printf '%s\n' "$shown"
printf '%s\n' "$shown" | grep -q '"id" *: *"io.github.stronghips.StrongHips"'

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# encode-symbolic.sh TOOL SVG SIZE OUTPUT
# Pre-renders a symbolic SVG icon as the PNG that GTK recolours without librsvg (what
# gtk4-encode-symbolic-svg writes), under a name of our choosing: the tool names its output
# after the icon, and we need one per size.
set -e
tool=$1 svg=$2 size=$3 output=$4
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$tool" -o "$dir" "$svg" "${size}x${size}"
mv "$dir"/*.symbolic.png "$output"

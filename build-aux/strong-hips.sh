#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One entry point for a fresh Debian 12 machine (as root): installs the Debian packages that are
# missing, builds with meson, then runs the app, the tests or the benchmarks.
#
#   build-aux/strong-hips.sh run          build and start Strong Hips
#   build-aux/strong-hips.sh test         build and run the whole test suite (under Xvfb)
#   build-aux/strong-hips.sh benchmark    build and run the benchmarks (under Xvfb)
set -eu

cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}

# Build and run-time dependencies, plus what the tests need (a virtual display, a session bus,
# the SVG image loader, the validators). Keep README.md's list in step with this one.
PACKAGES="meson ninja-build pkg-config gcc libc6-dev
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libgtk-4-bin libadwaita-1-dev librsvg2-dev
  librsvg2-common
  libsqlite3-dev libgsound-dev libspeechd-dev libportal-dev gettext desktop-file-utils appstream
  shared-mime-info adwaita-icon-theme
  fonts-cantarell xvfb xauth dbus at-spi2-core libatspi2.0-dev flatpak-builder
  libpoppler-glib-dev"

install_missing () {
  missing=""
  for pkg in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing="$missing $pkg"
    fi
  done
  if [ -n "$missing" ]; then
    echo "Installing:$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
  fi
}

build () {
  if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    meson setup "$BUILD_DIR"
  fi
  ninja -C "$BUILD_DIR" -j2
}

# A virtual display and a private session bus, so tests never touch the user's desktop.
headless () {
  xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- "$@"
}

summarise () {
  log="$BUILD_DIR/meson-logs/testlog.json"
  passed=$(grep -c '"result": "OK"' "$log" || true)
  failed=$(grep -c -E '"result": "(FAIL|ERROR|TIMEOUT|UNEXPECTEDPASS)"' "$log" || true)
  skipped=$(grep -c '"result": "SKIP"' "$log" || true)
  echo "tests: $passed passed, $failed failed, $skipped skipped"
}

command=${1:-run}
case "$command" in
  run)
    install_missing
    build
    # Run from the build tree: the compiled settings schema is there.
    GSETTINGS_SCHEMA_DIR="$BUILD_DIR/data" exec "$BUILD_DIR/src/strong-hips"
    ;;
  test)
    install_missing
    build
    status=0
    headless meson test -C "$BUILD_DIR" --print-errorlogs || status=$?
    summarise
    exit $status
    ;;
  benchmark)
    install_missing
    build
    headless meson test -C "$BUILD_DIR" --benchmark --verbose
    ;;
  *)
    echo "usage: $0 run|test|benchmark" >&2
    exit 2
    ;;
esac

#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-packaging.py VERSION METAINFO MANIFEST SCREENSHOT_DIR: what no validator checks for us.
# The metainfo's newest release is the project's version, and each of its screenshots is a file
# in data/screenshots/ (written by the UI tests); the Flatpak manifest is valid JSON for our app
# id and command, on the GNOME runtime, built with meson, and reaches no files but through
# portals.
import json
import os
import sys
import xml.etree.ElementTree as ET

APP_ID = 'io.github.stronghips.StrongHips'
# A window (Wayland, else X11, with GPU), the rest-over sounds (GSound through PulseAudio) and the
# spoken cues (speech-dispatcher's socket, read-only is enough to connect). Files go through
# the portals: no filesystem access beyond that socket.
ALLOWED_FINISH_ARGS = {'--share=ipc', '--socket=fallback-x11', '--socket=wayland', '--device=dri',
                       '--socket=pulseaudio', '--filesystem=xdg-run/speech-dispatcher:ro'}
URL_PREFIX = 'https://raw.githubusercontent.com/stronghips/strong-hips/main/data/screenshots/'

problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


def check_metainfo(version, path, screenshot_dir):
    root = ET.parse(path).getroot()
    releases = root.findall('./releases/release')
    check(releases and releases[0].get('version') == version,
          f'the newest release in the metainfo is not {version}')
    images = root.findall('./screenshots/screenshot/image')
    check(len(images) >= 5, f'{len(images)} screenshots in the metainfo, fewer than 5')
    for image in images:
        url = image.text.strip()
        check(url.startswith(URL_PREFIX), f'screenshot {url} is not in data/screenshots/')
        name = url[len(URL_PREFIX):]
        check(os.path.isfile(os.path.join(screenshot_dir, name)),
              f'screenshot {name} is not in {screenshot_dir}')
    check(root.findtext('project_license') == 'GPL-3.0-or-later AND CC-BY-SA-4.0',
          'project_license does not name both licences')
    for kind in ('homepage', 'bugtracker', 'vcs-browser', 'translate', 'help'):
        check(root.find(f"./url[@type='{kind}']") is not None, f'no <url type="{kind}">')


def check_manifest(path):
    with open(path, encoding='utf-8') as f:
        manifest = json.load(f)
    check(manifest.get('id') == APP_ID, f'the manifest\'s id is not {APP_ID}')
    check(manifest.get('command') == 'strong-hips', 'the manifest\'s command is not strong-hips')
    check(manifest.get('runtime') == 'org.gnome.Platform', 'the runtime is not GNOME\'s')
    check(manifest.get('sdk') == 'org.gnome.Sdk', 'the SDK is not GNOME\'s')
    finish_args = set(manifest.get('finish-args', []))
    check(finish_args == ALLOWED_FINISH_ARGS,
          f'finish-args should be exactly {sorted(ALLOWED_FINISH_ARGS)}, not {sorted(finish_args)}')
    modules = manifest.get('modules', [])
    check(modules and modules[-1].get('buildsystem') == 'meson',
          'the last module (ours) is not built with meson')


def main():
    version, metainfo, manifest, screenshot_dir = sys.argv[1:5]
    check_metainfo(version, metainfo, screenshot_dir)
    check_manifest(manifest)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())

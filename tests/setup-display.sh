#!/usr/bin/env bash
# Installs what the workbench UI tests need to run under a virtual X display, if it is missing.
# The UI tests are never skipped: without these packages (and without root to install them) this fails.
set -euo pipefail
missing=()
command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
command -v xdotool >/dev/null || missing+=(xdotool)
[ -e /usr/lib/x86_64-linux-gnu/libgtk-3.so.0 ] || missing+=(libgtk-3-0)
fc-list 2>/dev/null | grep -qi dejavu || missing+=(fonts-dejavu-core)
command -v import >/dev/null || missing+=(imagemagick)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "The UI tests need: ${missing[*]}. Install them (sudo apt-get install ${missing[*]}) or run as root." >&2
  exit 2
fi
echo "Installing ${missing[*]} ..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

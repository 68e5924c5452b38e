#!/usr/bin/env bash
# The README's test command: builds everything and runs every test (OSGi tests, workbench UI tests under a
# virtual display, the update-site install test). Sets up what a fresh machine lacks: a JDK 21+ is selected,
# and Xvfb, GTK 3 and xdotool are installed with apt when missing (as root). Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/select-jdk.sh
tests/setup-display.sh
echo "Using JAVA_HOME=$JAVA_HOME"
exec xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" ./mvnw -B -ntp verify "$@"

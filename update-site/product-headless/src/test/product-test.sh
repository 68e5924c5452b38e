#!/usr/bin/env bash
# Checks the materialised headless product as a user runs it: the `neurite` script from another directory and
# through a symlink, the exit codes coming through the Equinox launcher, the node types it finds, a small run,
# and a clear error for a Java older than 21. Run by Maven (integration-test phase) with the product folder.
set -uo pipefail
product=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

check() { # check NAME EXPECTED_EXIT OUTPUT_PATTERN -- COMMAND...
  local name=$1 expected=$2 pattern=$3
  shift 4
  local output status
  output=$("$@" 2>&1)
  status=$?
  if [ "$status" -ne "$expected" ] || ! grep -qE -- "$pattern" <<<"$output"; then
    echo "FAILED: $name: exit $status (expected $expected), output does not match /$pattern/:"
    echo "$output" | sed 's/^/    /'
    failures=$((failures + 1))
  else
    echo "ok: $name"
  fi
}

mkdir -p "$work/bin" "$work/elsewhere"
ln -s "$product/neurite" "$work/bin/neurite"
cp "$(dirname "$0")/iris-head.csv" "$work/elsewhere/iris.csv"
cat >"$work/elsewhere/read.nflow" <<'FLOW'
{ "format": "neurite-workflow", "formatVersion": 1,
  "nodes": [ { "id": "iris", "type": "org.neurite.data.csvReader", "settings": { "file": "iris.csv" } } ],
  "connections": [] }
FLOW
cd "$work/elsewhere"

check "version through a symlink" 0 '^Neurite batch runner 0\.1\.0' -- "$work/bin/neurite" --version
check "node types registered" 0 'org\.neurite\.data\.csvReader' -- "$work/bin/neurite" nodes
check "run: success is 0" 0 'Table: 6 rows x 5 columns' -- "$work/bin/neurite" run read.nflow
check "run: a missing file is 2" 2 'no such workflow file' -- "$work/bin/neurite" run missing.nflow
check "run: a bad --set is 2" 2 "valid settings: file, " -- "$work/bin/neurite" run read.nflow --set iris.nosuch=1
check "json: every line is an event" 0 '^\{"event":"finished","time":[0-9.]+,"status":"success","exitCode":0' \
  -- "$work/bin/neurite" run read.nflow --json
check "stdout has nothing but JSON" 0 '^0$' -- bash -c "'$work/bin/neurite' run read.nflow --json | grep -vc '^{'; true"
mkdir "$work/nojava"
for tool in dirname readlink sed head; do ln -s "$(command -v "$tool")" "$work/nojava/$tool"; done
check "no Java: clear error" 2 'no Java found: install a JDK 21' \
  -- env -u JAVA_HOME PATH="$work/nojava" /bin/bash "$work/bin/neurite" --version
old=$(for jdk in /usr/lib/jvm/*; do
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release" 2>/dev/null)
  [ -n "$v" ] && [ "$v" -lt 21 ] && echo "$jdk" && break
done)
if [ -n "$old" ]; then
  check "Java older than 21: clear error" 2 'needs Java 21 or newer' -- env JAVA_HOME="$old" "$work/bin/neurite" --version
fi

if [ "$failures" -ne 0 ]; then
  echo "$failures product check(s) failed"
  exit 1
fi
echo "All product checks passed."

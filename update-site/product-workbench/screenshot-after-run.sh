#!/usr/bin/env bash
# Opens a workflow in the built workbench product on a virtual display, executes every node, and saves a PNG of
# the window once the run has ended (status lights, shapes on wires, training charts). Build first, e.g. with
# tests/run-all.sh or: ./mvnw -B package -DskipTests
#   update-site/product-workbench/screenshot-after-run.sh examples/mnist-lenet.nflow [OUT.png]
# The default OUT is update-site/product-workbench/target/screenshots/<flow>-after-run.png.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
flow=$(readlink -f "${1:?usage: $0 FLOW.nflow [OUT.png]}")
out=${2:-$here/target/screenshots/$(basename "$flow" .nflow)-after-run.png}
product=$here/target/products/org.neurite.workbench/linux/gtk/x86_64/neurite-workbench
[ -x "$product/neurite-workbench" ] || { echo "No built workbench in $product: build first." >&2; exit 2; }
mkdir -p "$(dirname "$out")"
workspace=$(mktemp -d)
trap 'rm -rf "$workspace"' EXIT
NEURITE_WORKSPACE=$workspace NEURITE_VMARGS="-Dneurite.demo.screenshot=$out -Dneurite.demo.exit=true" \
  xvfb-run -a -s "-screen 0 1280x1024x24" "$product/neurite-workbench" "$flow"
[ -s "$out" ] || { echo "The workbench wrote no screenshot; see its output above." >&2; exit 1; }
echo "$out"

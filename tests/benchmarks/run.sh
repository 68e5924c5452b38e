#!/usr/bin/env bash
# The benchmark (issue 10; not part of the test run): training speed of a Neurite workflow against a hand-written
# DL4J program and PyTorch, start-up times, engine overhead per node and data speed. Prints one report and writes
# it into BENCHMARKS.md at the repository root (between the generated-section markers). Measure on an idle
# machine: windows in which other processes used CPU are marked and left out of the headline numbers.
#
#   tests/benchmarks/run.sh                     # everything, about 25 minutes on 2 cores
#   SECTIONS=training ROUNDS=5 tests/benchmarks/run.sh
#   CONTESTANTS=a-lstm,b-lstm,b-lstm+threads=2 OUTPUT=none tests/benchmarks/run.sh   # try a lever, keep BENCHMARKS.md
#
# Options (environment): SECTIONS (training,startup,engine,data), CONTESTANTS (a|b|c-lenet|lstm[+modifier]...,
# see Contestant.java), ROUNDS (3), WARMUP (seconds, 10), WINDOW_SECONDS (4), WINDOWS (4 per process),
# STARTUP_RUNS (3), CSV_RUNS (3), CLEAN_LIMIT (0.15 cores), OUTPUT (BENCHMARKS.md; "none" prints only),
# WORKBENCH (1; 0 skips the workbench start-up and its build), REBUILD (auto: build a product when it is missing
# or older than its sources; never: use a built product as it is).
# PyTorch: Debian's python3-torch, installed with apt when missing and this runs as root; skipped otherwise.
set -euo pipefail
cd "$(dirname "$0")/../.."
. .ci/select-jdk.sh
here=tests/benchmarks
work=$PWD/$here/target
mkdir -p "$work"
sections=${SECTIONS:-training,startup,engine,data}

headless=update-site/product-headless/target/products/org.neurite.headless/linux/gtk/x86_64/neurite
update-site/build-product.sh update-site/product-headless/neurite-headless.product "$headless"
# A private copy, so that a rebuild of the product while the benchmark runs cannot pull it away; its native
# cache (filled on the first run) is kept between benchmark runs.
if [ -d "$work/neurite" ]; then
  find "$work/neurite" -mindepth 1 -maxdepth 1 ! -name configuration -exec rm -rf {} +
  find "$work/neurite/configuration" -mindepth 1 -maxdepth 1 ! -name javacpp-cache -exec rm -rf {} +
fi
mkdir -p "$work/neurite"
tar -C "$headless" --exclude=./configuration/javacpp-cache -cf - . | tar -C "$work/neurite" -xf -
product=$work/neurite

python=""
python_missing="not part of this run (SECTIONS)"
if [[ $sections == *training* ]]; then
  python_missing=""
  if ! /usr/bin/python3 -c 'import torch, numpy' 2>/dev/null; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
      echo "Installing Debian's python3-torch for the PyTorch comparison ..."
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq && apt-get install -y -qq --no-install-recommends python3-torch python3-numpy >/dev/null || true
    fi
  fi
  if /usr/bin/python3 -c 'import torch, numpy' 2>/dev/null; then
    python=/usr/bin/python3
  else
    python_missing="python3-torch (Debian) is not installed and could not be installed (needs root and apt-get)"
    echo "PyTorch comparison SKIPPED: $python_missing"
  fi
fi

workbench=""
if [[ $sections == *startup* ]] && [ "${WORKBENCH:-1}" = 1 ]; then
  wb=update-site/product-workbench/target/products/org.neurite.workbench/linux/gtk/x86_64/neurite-workbench
  if tests/setup-display.sh && update-site/build-product.sh update-site/product-workbench/neurite-workbench.product "$wb"; then
    workbench=$PWD/$wb/neurite-workbench
  else
    echo "Workbench start-up SKIPPED: no virtual display or the workbench product did not build"
  fi
fi

# The benchmark programs, compiled against the product's own jars.
libs=$(ls -d "$product"/plugins/org.neurite.dl4j.libs_*/ | tail -n 1)
classpath="$libs:$libs/lib/*"
for jar in org.neurite.engine org.neurite.data org.neurite.dl org.eclipse.osgi com.fasterxml.jackson.core.jackson-databind \
    com.fasterxml.jackson.core.jackson-core com.fasterxml.jackson.core.jackson-annotations; do
  classpath="$classpath:$(ls "$product"/plugins/${jar}_*.jar | tail -n 1)"
done
rm -rf "$work/classes"
"$JAVA_HOME/bin/javac" -nowarn -encoding UTF-8 -d "$work/classes" -cp "$classpath" $(find $here/src -name '*.java')

output=${OUTPUT:-$PWD/BENCHMARKS.md}
[ "$output" = none ] && output=""
exec "$JAVA_HOME/bin/java" -Xmx1g -cp "$work/classes" \
  -Dbenchmark.repository="$PWD" -Dbenchmark.product="$product" -Dbenchmark.work="$work" \
  -Dbenchmark.classes="$work/classes" -Dbenchmark.python="$python" -Dbenchmark.pythonMissing="$python_missing" \
  -Dbenchmark.sections="$sections" -Dbenchmark.contestants="${CONTESTANTS:-}" -Dbenchmark.rounds="${ROUNDS:-3}" \
  -Dbenchmark.warmUp="${WARMUP:-10}" -Dbenchmark.windowSeconds="${WINDOW_SECONDS:-4}" \
  -Dbenchmark.windows="${WINDOWS:-4}" -Dbenchmark.startupRuns="${STARTUP_RUNS:-3}" \
  -Dbenchmark.csvRuns="${CSV_RUNS:-3}" -Dbenchmark.cleanLimit="${CLEAN_LIMIT:-0.15}" \
  -Dbenchmark.workbench="$workbench" -Dbenchmark.output="$output" \
  -Dbenchmark.arguments="$(env | grep -E '^(SECTIONS|CONTESTANTS|ROUNDS|WARMUP|WINDOW_SECONDS|WINDOWS|STARTUP_RUNS|CSV_RUNS|CLEAN_LIMIT|WORKBENCH)=' | tr '\n' ' ')" \
  org.neurite.benchmarks.Benchmarks

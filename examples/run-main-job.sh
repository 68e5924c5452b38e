#!/usr/bin/env bash
# The README's first command: builds the headless product when it is missing or older than its sources, then
# trains the MNIST LeNet example headless (examples/mnist-lenet.nflow) and prints its test accuracy at the end.
# Needs only a JDK 21+ on a fresh clone: ./mvnw fetches Maven, Maven fetches the rest from Maven Central.
#
#   examples/run-main-job.sh                          # model and scores go to target/main-job/
#   NEURITE_OUT=/tmp/run1 examples/run-main-job.sh    # elsewhere
#   examples/run-main-job.sh --set train.epochs=1     # extra arguments go to `neurite run`
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/select-jdk.sh

product_file=update-site/product-headless/neurite-headless.product
product=update-site/product-headless/target/products/org.neurite.headless/linux/gtk/x86_64/neurite

# The modules the product is built from: its features and their bundles, read from the .product and feature.xml
# files, so the build stays as narrow as the product (no workbench, no test bundles).
product_modules() {
  local modules=features/org.neurite.license feature plugin
  for feature in $(sed -n 's/.*<feature id="\([^"]*\)".*/\1/p' "$product_file"); do
    modules="$modules,features/$feature"
    for plugin in $(sed -n 's/.*<plugin[^>]* id="\([^"]*\)".*/\1/p' "features/$feature/feature.xml"); do
      if [ -d "bundles/$plugin" ]; then modules="$modules,bundles/$plugin"; fi
    done
  done
  echo "$modules,update-site/product-headless"
}

modules=$(product_modules)
stale() {
  [ -x "$product/neurite" ] || return 0
  local sources=(pom.xml target-platform ${modules//,/ })
  [ -n "$(find "${sources[@]}" -newer "$product/artifacts.xml" -type f -not -path '*/target/*' -not -path '*/bin/*' \
    -not -path '*/lib/*' -print -quit)" ]
}

if stale; then
  echo "Building the headless product (the first build downloads Maven and the dependencies)..."
  start=$(date +%s)
  ./mvnw -B -ntp -q verify -DskipTests -pl "$modules"
  echo "Built $product in $(($(date +%s) - start)) s."
fi

out=${NEURITE_OUT:-target/main-job}
echo "Running examples/mnist-lenet.nflow; the model and scores go to $out/"
exec "$product/neurite" run examples/mnist-lenet.nflow --out "$out" "$@"

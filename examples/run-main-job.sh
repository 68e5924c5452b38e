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

product=update-site/product-headless/target/products/org.neurite.headless/linux/gtk/x86_64/neurite
update-site/build-product.sh update-site/product-headless/neurite-headless.product "$product"

out=${NEURITE_OUT:-target/main-job}
echo "Running examples/mnist-lenet.nflow; the model and scores go to $out/"
exec "$product/neurite" run examples/mnist-lenet.nflow --out "$out" "$@"

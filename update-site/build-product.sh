#!/usr/bin/env bash
# Builds one product when it is missing or older than its sources, and only the modules it is made of: its features
# and their bundles, read from the .product and feature.xml files (no workbench for the headless product, no test
# bundles). Run from the repository root with a JDK 21+ selected (. .ci/select-jdk.sh).
#   update-site/build-product.sh update-site/product-headless/neurite-headless.product PRODUCT_FOLDER
# REBUILD=never uses a built product as it is.
set -euo pipefail
product_file=$1
folder=$2

modules=features/org.neurite.license
for feature in $(sed -n 's/.*<feature id="\([^"]*\)".*/\1/p' "$product_file"); do
  modules="$modules,features/$feature"
  for plugin in $(sed -n 's/.*<plugin[^>]* id="\([^"]*\)".*/\1/p' "features/$feature/feature.xml"); do
    if [ -d "bundles/$plugin" ]; then modules="$modules,bundles/$plugin"; fi
  done
done
modules="$modules,$(dirname "$product_file")"

if [ -f "$folder/artifacts.xml" ]; then
  [ "${REBUILD:-auto}" = never ] && exit 0
  [ -z "$(find pom.xml target-platform ${modules//,/ } -newer "$folder/artifacts.xml" -type f -not -path '*/target/*' \
    -not -path '*/bin/*' -not -path '*/lib/*' -print -quit)" ] && exit 0
fi
echo "Building $(basename "$(dirname "$product_file")") (the first build downloads Maven and the dependencies)..."
start=$(date +%s)
./mvnw -B -ntp -q verify -DskipTests -pl "$modules"
echo "Built $folder in $(($(date +%s) - start)) s."

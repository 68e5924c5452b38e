#!/usr/bin/env bash
# LeNet training speed: Neurite's DL4J setup against DL4J's defaults, measured in one run with the configurations
# taking turns (see LeNetSpeedComparison). Not part of the test run. Takes about 5 minutes on an idle 2-core machine.
# Options (environment): ROUNDS=3 WARMUP=15 WINDOW_SECONDS=3 WINDOWS=5 THREADS= (e.g. 1: OMP_NUM_THREADS for the JVMs)
set -euo pipefail
cd "$(dirname "$0")/../.."
. .ci/select-jdk.sh
./mvnw -B -q verify -DskipTests \
  -pl bundles/org.neurite.dl4j.libs,bundles/org.neurite.dl4j.libs.noavx2,tests/org.neurite.dl4j.libs.tests

out=$PWD/tests/org.neurite.dl4j.libs.tests/target/benchmark
mkdir -p "$out/lib"
# Not shipped by Neurite, only compared against: DL4J's default (generic) native build, and the OSGi framework
# classes Dl4jRuntime refers to (outside OSGi it runs without a framework).
(cd "$out" && for artifact in org.nd4j:nd4j-native:1.0.0-M2.1:jar:linux-x86_64 org.eclipse.platform:org.eclipse.osgi:3.24.300; do
  "$OLDPWD/mvnw" -B -q dependency:copy -Dartifact="$artifact" -DoutputDirectory="$out/lib" -Dmdep.stripVersion=true
done)
cp -u bundles/org.neurite.dl4j.libs.noavx2/lib/nd4j-native-linux-x86_64-onednn.jar "$out/lib/"

classpath="$PWD/bundles/org.neurite.dl4j.libs/target/classes:$PWD/bundles/org.neurite.dl4j.libs/lib/*"
classpath="$classpath:$PWD/tests/org.neurite.dl4j.libs.tests/target/classes:$out/lib/org.eclipse.osgi.jar"
exec "$JAVA_HOME/bin/java" -Dbenchmark.classpath="$classpath" -Dbenchmark.extraJars="$out/lib" \
  -Dbenchmark.cache="$out/javacpp-cache" -Dbenchmark.rounds="${ROUNDS:-3}" -Dbenchmark.warmUp="${WARMUP:-15}" \
  -Dbenchmark.windowSeconds="${WINDOW_SECONDS:-3}" -Dbenchmark.windows="${WINDOWS:-5}" -Dbenchmark.threads="${THREADS:-}" \
  -cp "$PWD/tests/org.neurite.dl4j.libs.tests/target/classes" \
  org.neurite.dl4j.libs.tests.benchmark.LeNetSpeedComparison

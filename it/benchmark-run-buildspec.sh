#!/usr/bin/env bash
# What the lab's IntegrationTest stage costs, measured by running its buildspec locally with cloudtest:run-buildspec:
#   - cold: a fresh local repository (what a CodeBuild container without a cache starts from), fed from your
#     ~/.m2/repository as a file:// remote, so the artifacts the stage downloads are counted without a network;
#   - warm: the same run again, the repository filled (what the buildspec's Maven cache gives);
#   - the unit tests the stage re-runs, and for a 2-shard fan-out each shard's time and the projected wall time.
#
# Needs the plugin in ~/.m2/repository: ./mvnw -B -ntp install -pl examples/lab -am -Dquickstart
# then: it/benchmark-run-buildspec.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ROOT/pom.xml" | head -1)
if [ ! -d "$HOME/.m2/repository/dev/cloudtest/cloudtest-maven-plugin/$VERSION" ]; then
  echo "No cloudtest-maven-plugin $VERSION in ~/.m2/repository; install it first (see the header)." >&2
  exit 1
fi
MVN="$ROOT/mvnw"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
sed "s#@localRepositoryUrl@#file://$HOME/.m2/repository#" "$ROOT/it/src/it/settings.xml" > "$WORK/settings.xml"
COLD="$WORK/repository"
PLUGIN="dev.cloudtest:cloudtest-maven-plugin:$VERSION"

copy_lab() { # a clean copy of the lab, as CodeBuild checks it out
  rm -rf "$WORK/lab" && mkdir -p "$WORK/lab"
  (cd "$ROOT" && git ls-files -z examples/lab pom.xml | xargs -0 -I{} cp --parents {} "$WORK/lab/")
}
jars() { find "$COLD" -name '*.jar' 2>/dev/null | wc -l; }
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

copy_lab
# The plugin itself, resolved first: in CodeBuild the build's own POM brings it too, but it is not the stage's cost.
"$MVN" -B -q -s "$WORK/settings.xml" -Dmaven.repo.local="$COLD" "$PLUGIN:help" > /dev/null
before=$(jars)
start=$(date +%s%N)
"$MVN" -B -ntp -s "$WORK/settings.xml" -Dmaven.repo.local="$COLD" -f "$WORK/lab/examples/lab/pom.xml" \
  "$PLUGIN:run-buildspec" -Dcloudtest.runBuildspec.cache=false > "$WORK/cold.log"
cold_ms=$(ms "$start")
downloaded=$(( $(jars) - before ))
unit_classes=$(find "$WORK/lab/examples/lab/target/surefire-reports" -name 'TEST-*.xml' | wc -l)
unit_tests=$(cat "$WORK/lab/examples/lab/target/surefire-reports"/TEST-*.xml | grep -o '<testcase ' | wc -l)

copy_lab
start=$(date +%s%N)
"$MVN" -B -ntp -s "$WORK/settings.xml" -Dmaven.repo.local="$COLD" -f "$WORK/lab/examples/lab/pom.xml" \
  "$PLUGIN:run-buildspec" -Dcloudtest.runBuildspec.cache=false > "$WORK/warm.log"
warm_ms=$(ms "$start")
warm_downloaded=$(( $(jars) - before - downloaded ))

# Two shards: the same lab, its buildspec generated with shards=2, each shard run on its own.
copy_lab
"$MVN" -B -q -s "$WORK/settings.xml" -Dmaven.repo.local="$COLD" -f "$WORK/lab/examples/lab/pom.xml" \
  "$PLUGIN:generate-buildspec" -Dcloudtest.shards=2 -Dcloudtest.buildspec.file=sharded_buildspec.yml > /dev/null
shard_ms=()
for i in 1 2; do
  start=$(date +%s%N)
  "$MVN" -B -ntp -s "$WORK/settings.xml" -Dmaven.repo.local="$COLD" -f "$WORK/lab/examples/lab/pom.xml" \
    "$PLUGIN:run-buildspec" -Dcloudtest.runBuildspec.file=sharded_buildspec.yml -Dcloudtest.runBuildspec.shard=$i/2 \
    -Dcloudtest.runBuildspec.cache=false > "$WORK/shard-$i.log" || true
  shard_ms+=("$(ms "$start")")
done
projected=$(( shard_ms[0] > shard_ms[1] ? shard_ms[0] : shard_ms[1] ))

echo "lab IntegrationTest stage, run locally by cloudtest:run-buildspec ($(nproc) cores)"
echo "  cold (empty local repository): ${cold_ms} ms wall, ${downloaded} jars downloaded"
echo "  warm (repository filled, as the cache gives): ${warm_ms} ms wall, ${warm_downloaded} jars downloaded"
echo "  unit tests re-run by the stage's mvn verify: ${unit_tests} in ${unit_classes} classes"
echo "  2 shards: shard 1 ${shard_ms[0]} ms, shard 2 ${shard_ms[1]} ms; projected fan-out wall ${projected} ms"
grep -h "codebuild-tests-run (local)" "$WORK"/shard-*.log | sed 's/^\[INFO\] /  /'

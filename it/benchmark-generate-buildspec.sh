#!/usr/bin/env bash
# Wall time that cloudtest:generate-buildspec adds to `mvn validate` on a small project, measured side by side:
# each round runs `mvn validate` and `mvn validate cloudtest:generate-buildspec` (alternating which goes first)
# and the script prints the medians.
#
# Needs the plugin in it/target/local-repo, which the invoker ITs put there:
#   ./mvnw -B -ntp verify -pl it -am -Dinvoker.test=buildspec-generate
# then: it/benchmark-generate-buildspec.sh [rounds, default 7]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ROUNDS=${1:-7}
REPO="$ROOT/it/target/local-repo"
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ROOT/pom.xml" | head -1)
if [ ! -d "$REPO/dev/cloudtest/cloudtest-maven-plugin/$VERSION" ]; then
  echo "No cloudtest-maven-plugin $VERSION in $REPO; run the invoker ITs first (see the header)." >&2
  exit 1
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
sed "s#@localRepositoryUrl@#file://$HOME/.m2/repository#" "$ROOT/it/src/it/settings.xml" > "$WORK/settings.xml"
mkdir -p "$WORK/project"
cat > "$WORK/project/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.cloudtest.bench</groupId>
  <artifactId>small-service</artifactId>
  <version>1.0</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
  </properties>
  <build>
    <plugins>
      <plugin>
        <groupId>dev.cloudtest</groupId>
        <artifactId>cloudtest-maven-plugin</artifactId>
        <version>$VERSION</version>
        <configuration>
          <environmentVariables><STACK_NAME>orders-it</STACK_NAME></environmentVariables>
          <exportedVariables><exportedVariable>IT_RESULT</exportedVariable></exportedVariables>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
POM

# Prints "<wall ms> <cpu ms>" for one Maven run; CPU time (user + sys) is less sensitive to a busy machine.
mvn_ms() {
  local start end cpu
  start=$(date +%s%N)
  cpu=$( { TIMEFORMAT='%3U %3S'; time "$ROOT/mvnw" -B -q -o -s "$WORK/settings.xml" -Dmaven.repo.local="$REPO" \
      -f "$WORK/project/pom.xml" "$@" >/dev/null; } 2>&1 | tail -1 | awk '{ printf "%d", ($1 + $2) * 1000 }')
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $cpu"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

# Warm-up: the file system cache and the wrapper's distribution.
mvn_ms validate >/dev/null
mvn_ms validate cloudtest:generate-buildspec >/dev/null
test -s "$WORK/project/integration_buildspec.yml"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)
plain=(); with=(); help=(); plain_cpu=(); with_cpu=(); help_cpu=()
run_plain() { read -r w c < <(mvn_ms validate); plain+=("$w"); plain_cpu+=("$c"); }
run_with() { read -r w c < <(mvn_ms validate cloudtest:generate-buildspec); with+=("$w"); with_cpu+=("$c"); }
# The help goal loads the same plugin and does nothing: it separates plugin loading from generate's own work.
run_help() { read -r w c < <(mvn_ms validate cloudtest:help); help+=("$w"); help_cpu+=("$c"); }
for round in $(seq 1 "$ROUNDS"); do
  rm -f "$WORK/project/integration_buildspec.yml"
  if [ $((round % 2)) -eq 1 ]; then run_plain; run_with; run_help; else run_help; run_with; run_plain; fi
done
p=$(printf '%s\n' "${plain[@]}" | median); w=$(printf '%s\n' "${with[@]}" | median)
pc=$(printf '%s\n' "${plain_cpu[@]}" | median); wc=$(printf '%s\n' "${with_cpu[@]}" | median)
h=$(printf '%s\n' "${help[@]}" | median); hc=$(printf '%s\n' "${help_cpu[@]}" | median)
echo "rounds: $ROUNDS, load average before/after: $LOAD_BEFORE / $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a), cores: $(nproc 2>/dev/null || echo n/a)"
echo "mvn validate                               wall median ${p} ms (${plain[*]}), cpu median ${pc} ms"
echo "mvn validate cloudtest:generate-buildspec  wall median ${w} ms (${with[*]}), cpu median ${wc} ms"
echo "mvn validate cloudtest:help (plugin load)   wall median ${h} ms (${help[*]}), cpu median ${hc} ms"
echo "generate-buildspec adds                    wall $((w - p)) ms, cpu $((wc - pc)) ms"
echo "  of which loading the plugin (help goal)  wall $((h - p)) ms, cpu $((hc - pc)) ms"

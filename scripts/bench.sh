#!/usr/bin/env bash
# Benchmarks: harnesses under src/test/java run as plain main classes (not timed tests, so a busy
# machine never fails the build). Usage: scripts/bench.sh [hamlets] [rounds]
#   summary: the consolidated summary for 10,000 hamlets x 15 days (vn.baocao.summary.SummaryBenchmark)
set -euo pipefail
cd "$(dirname "$0")/.."

# -o first (dependencies are usually cached); without it if a plugin must be downloaded.
MVN=(./mvnw -B -q -DskipNpm=true)
"${MVN[@]}" -o test-compile 2>/dev/null || "${MVN[@]}" test-compile

run() {
	local main=$1
	shift
	"${MVN[@]}" -o exec:java -Dexec.classpathScope=test -Dexec.mainClass="$main" -Dexec.args="$*" \
		|| "${MVN[@]}" exec:java -Dexec.classpathScope=test -Dexec.mainClass="$main" -Dexec.args="$*"
}

echo "== summary"
run vn.baocao.summary.SummaryBenchmark "$@"

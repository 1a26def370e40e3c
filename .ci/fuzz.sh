#!/usr/bin/env bash
# CI fuzz pass (issue 25): a fixed number of cases with fixed seeds (case i is seed i of stream 1) through every entry
# point that takes outside input, on two threads sharing one analyzer. Deterministic: every run of a commit checks the
# same cases, so it cannot flake and a failure is a real regression; the runner then prints the broken invariant, its
# stack, the seed and the case as one line that `--replay` runs again. Runs the Debug build `.ci/run` made.
# The longer random run is by hand: see docs/FUZZING.md.
set -uo pipefail
cd "$(dirname "$0")/.."

cases="${TEXTINSIGHT_FUZZ_CASES:-1000}"
out=$(mktemp -d)
log=$(mktemp)
dotnet run --project fuzz/TextInsight.Fuzz --no-build -- --cases "$cases" --stream 1 --threads 2 --hang-seconds 60 --shrink-seconds 30 --out "$out" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# The runner's closing line: "fuzz: N inputs in M min on 2 thread(s): 0 invariant breaks, 0 crashes, 0 hangs …".
summary=$(grep -E "^fuzz: [0-9]+ inputs in" "$log" | tail -1 || true)
rm -f "$log"
if [ "$status" -ne 0 ]; then
  echo "ci: the fuzz pass failed (exit $status); the failing cases are kept in $out" >&2
  exit "$status"
fi
echo "ci: fuzz pass: ${summary#fuzz: }"
rm -rf "$out"

#!/bin/bash
# Paired `analyze` runs with and without corpus resolution (issue 23), each pair's order swapped, with --stats, so the
# accounted resolution CPU of each run with resolution can be set beside the pair's difference of CPU time.
#
#   benchmarks/resolution-pairs.sh INPUT PAIRS [TextInsight.Cli.dll]
#
# INPUT: a folder or file analyze reads (the BBC set, or /tmp/corpus-100k.jsonl from corpus-100k.py, or a head of it).
# Build first (dotnet build src/TextInsight.Cli -c Release); copy the build elsewhere if you build again while it runs.
# Prints, per run, the /usr/bin/time line (wall, user, system CPU, peak RSS in KB) and the stats lines.
set -e
input=${1:?INPUT}
pairs=${2:-3}
dll=${3:-$(dirname "$0")/../src/TextInsight.Cli/bin/Release/net10.0/TextInsight.Cli.dll}
out=$(mktemp -d)
run() {
  local extra=""
  [ "$1" = off ] && extra="--no-corpus-entities"
  nice -n 10 /usr/bin/time -f "time $1: %e s wall %U s user %S s sys %M KB" dotnet "$dll" analyze "$input" \
    --no-progress --stats $extra -o "$out/$1.jsonl" 2>&1 | grep -E "^time|^stats: (corpus|ordered|collector|runtime)"
}
for i in $(seq 1 "$pairs"); do
  echo "== pair $i $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
  if [ $((i % 2)) = 1 ]; then run on; run off; else run off; run on; fi
done
rm -rf "$out"

#!/usr/bin/env bash
# Scale-out figures of docs/SCALE-OUT.md: in-process `analyze --parallel 2` against two cold localhost silos
# (`--parallel 1` each, started just before the run) on the same input, ROUNDS times; each cluster run with --stats,
# the silos' CPU from /proc, and the outputs compared with cmp. Build first: dotnet build src/TextInsight.Cli -c Release
# (or set TEXTINSIGHT_CLI to a published tool: TEXTINSIGHT_CLI=pub/TextInsight.Cli after dotnet publish ... -r linux-x64 -o pub)
# Usage: benchmarks/cluster-vs-inprocess.sh [INPUT (default ../shared/data/bbc/articles)] [ROUNDS (default 2)]
set -u
cd "$(dirname "$0")/.."
in=${1:-../shared/data/bbc/articles}
rounds=${2:-2}
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null; done; rm -rf "$work"; }
trap cleanup EXIT
cli=${TEXTINSIGHT_CLI:-"dotnet src/TextInsight.Cli/bin/Release/net10.0/TextInsight.Cli.dll"}
cpu() { awk '{ print ($14 + $15) / 100 }' "/proc/$1/stat"; }
for round in $(seq 1 "$rounds"); do
  echo "== round $round $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -f "in-process: wall %e s, user %U s, sys %S s, max RSS %M KB" nice -n 10 $cli analyze "$in" --parallel 2 --no-progress -o "$work/local.jsonl" 2> "$work/local.log"
  grep -E "^analyzed|^in-process" "$work/local.log"
  p1=$((41110 + round * 10)); p2=$((p1 + 1)); g1=$((41200 + round * 10)); g2=$((g1 + 1))
  nice -n 10 $cli silo --port $p1 --gateway-port $g1 --connection 127.0.0.1:$p1 --cluster-id "bench$round" --parallel 1 2> "$work/silo1.log" & s1=$!
  nice -n 10 $cli silo --port $p2 --gateway-port $g2 --connection 127.0.0.1:$p1 --cluster-id "bench$round" --parallel 1 2> "$work/silo2.log" & s2=$!
  pids+=("$s1" "$s2")
  for _ in $(seq 1 240); do [ "$(grep -l '^silo ready' "$work"/silo[12].log 2>/dev/null | wc -l)" -eq 2 ] && break; sleep 1; done
  c1=$(cpu $s1); c2=$(cpu $s2)
  /usr/bin/time -f "cluster: wall %e s, user %U s, sys %S s, max RSS %M KB" nice -n 10 $cli analyze "$in" --cluster 127.0.0.1:$g1,127.0.0.1:$g2 --cluster-id "bench$round" \
    --batches-in-flight 4 --stats --no-progress -o "$work/cluster.jsonl" 2> "$work/cluster.log"
  grep -E "^analyzed|^cluster|^stats" "$work/cluster.log"
  echo "silo CPU during the run (from /proc): $(awk "BEGIN { print $(cpu $s1) - $c1 }") s + $(awk "BEGIN { print $(cpu $s2) - $c2 }") s"
  if cmp -s "$work/local.jsonl" "$work/cluster.jsonl"; then echo "identical: $(wc -l < "$work/cluster.jsonl") records"; else echo "DIFFERENT from in-process"; fi
  kill $s1 $s2; sleep 3; kill -9 $s1 $s2 2>/dev/null; wait $s1 $s2 2>/dev/null
done

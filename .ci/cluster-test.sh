#!/usr/bin/env bash
# Scale-out as a user runs it: two `textinsight silo` processes on 127.0.0.1 (localhost clustering), then
# `textinsight analyze --cluster` on the corpus (and the BBC articles where ../shared/data is present), which must
# write the same bytes as in-process analysis. The silos are stopped on exit, whatever happens.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dll="$root/src/TextInsight.Cli/bin/Debug/net10.0/TextInsight.Cli.dll"
test -f "$dll" || { echo "cluster-test: build the solution first ($dll is missing)" >&2; exit 1; }
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

cluster_id="ci-$$"
primary=21111
start_silo() { # silo-port gateway-port
  dotnet "$dll" silo --cluster-id "$cluster_id" --port "$1" --gateway-port "$2" --connection "127.0.0.1:$primary" --parallel 1 \
    2> "$work/silo-$1.log" &
  pids+=($!)
  for _ in $(seq 1 120); do
    if grep -q '^silo ready' "$work/silo-$1.log"; then return 0; fi
    if ! kill -0 "${pids[-1]}" 2>/dev/null; then break; fi
    sleep 0.5
  done
  echo "cluster-test: the silo on port $1 did not start:" >&2
  cat "$work/silo-$1.log" >&2
  exit 1
}
start_silo "$primary" 31000
start_silo 21112 31001
echo "cluster-test: 2 silos ready (cluster $cluster_id, gateways 127.0.0.1:31000 and 127.0.0.1:31001)"

inputs=(corpus/)
if [ -d ../shared/data/bbc/articles ]; then inputs+=(../shared/data/bbc/articles); fi
dotnet "$dll" analyze "${inputs[@]}" --parallel 2 --no-progress > "$work/in-process.jsonl" 2> "$work/in-process.log" || { cat "$work/in-process.log" >&2; exit 1; }
dotnet "$dll" analyze "${inputs[@]}" --cluster 127.0.0.1:31000,127.0.0.1:31001 --cluster-id "$cluster_id" --no-progress \
  > "$work/cluster.jsonl" 2> "$work/cluster.log" || { cat "$work/cluster.log" >&2; exit 1; }
echo "cluster-test: in-process: $(grep '^analyzed' "$work/in-process.log")"
echo "cluster-test: cluster:    $(grep '^analyzed' "$work/cluster.log"); $(grep '^cluster:' "$work/cluster.log")"
if ! cmp -s "$work/in-process.jsonl" "$work/cluster.jsonl"; then
  echo "cluster-test: the cluster's records differ from in-process ones" >&2
  cmp "$work/in-process.jsonl" "$work/cluster.jsonl" >&2 || true
  exit 1
fi
echo "cluster-test: $(wc -l < "$work/cluster.jsonl") records, byte-identical to in-process"

# The one-machine example of docs/SCALE-OUT.md, run as written (its default ports, cluster id and connection; it starts
# the silos and runs the coordinator at once, which waits for their gateways), with `textinsight` the built tool and
# `articles/` the corpus; its records must be the in-process ones.
# The first ```sh block after the line that starts with HEADING in FILE.
sh_block() { awk -v heading="$1" 'index($0, heading) == 1 { section = 1 } section && /^```sh$/ { block = 1; next } block && /^```$/ { exit } block' "$2"; }
example=$(sh_block '### One machine' docs/SCALE-OUT.md)
test -n "$example" || { echo "cluster-test: no sh example under '### One machine' in docs/SCALE-OUT.md" >&2; exit 1; }
# README.md shows the same example under its scale-out heading: the two must not drift apart.
readme_example=$(sh_block '## Corpus insights and scale-out' README.md)
if [ "$readme_example" != "$example" ]; then
  echo "cluster-test: README.md's scale-out example differs from the one-machine example of docs/SCALE-OUT.md" >&2
  exit 1
fi
mkdir -p "$work/example/bin"
printf '#!/bin/sh\nexec dotnet "%s" "$@"\n' "$dll" > "$work/example/bin/textinsight"
chmod +x "$work/example/bin/textinsight"
ln -s "$root/corpus" "$work/example/articles"
printf '%s\nstatus=$?\njobs -p > silos.pids\nexit $status\n' "$example" > "$work/example/example.sh"
example_status=0
(cd "$work/example" && PATH="$work/example/bin:$PATH" bash example.sh > example.log 2>&1) || example_status=$?
if [ -f "$work/example/silos.pids" ]; then while read -r pid; do pids+=("$pid"); done < "$work/example/silos.pids"; fi
if [ "$example_status" -ne 0 ]; then
  echo "cluster-test: the docs/SCALE-OUT.md example failed (exit $example_status):" >&2
  cat "$work/example/example.log" >&2
  exit 1
fi
(cd "$work/example" && dotnet "$dll" analyze articles/ --no-progress -o in-process.jsonl 2> /dev/null)
if ! cmp -s "$work/example/in-process.jsonl" "$work/example/records.jsonl"; then
  echo "cluster-test: the docs/SCALE-OUT.md example's records differ from in-process ones:" >&2
  cat "$work/example/example.log" >&2
  exit 1
fi
echo "cluster-test: the one-machine example of README.md and docs/SCALE-OUT.md ran as written: $(wc -l < "$work/example/records.jsonl") records, byte-identical to in-process"

#!/usr/bin/env bash
# Shows whether a change keeps `textinsight analyze` output byte-identical: analyzes corpus/ and the 1,780 BBC articles
# (../shared/data/bbc/articles, when present) with the CLI built from BASE (a git revision; HEAD by default, so that uncommitted changes are compared with the last commit)
# and with the working tree, and compares the two outputs byte for byte. Exit 0: identical; 1: they differ (the first
# differing records are printed); 2: usage or build error.
#   scripts/compare-output.sh [BASE] [--keep DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
base=${1:-HEAD}
keep=""
if [[ "${2:-}" == "--keep" ]]; then keep=${3:?--keep needs a folder}; fi
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true; [[ -z "$keep" ]] && rm -rf "$work"' EXIT

git -C "$root" worktree add --detach -q "$work/base" "$base" || { echo "cannot check out $base" >&2; exit 2; }
ln -s "$root/../shared" "$work/shared" 2>/dev/null || true
for side in base head; do
  src=$([[ $side == base ]] && echo "$work/base" || echo "$root")
  dotnet build "$src/src/TextInsight.Cli" -c Release -o "$work/$side-bin" -v q -nologo >"$work/$side-build.log" 2>&1 \
    || { echo "build of $side failed: see $work/$side-build.log" >&2; keep=1; exit 2; }
done

inputs=("$root/corpus")
bbc="$root/../shared/data/bbc/articles"
if [[ -d "$bbc" ]]; then inputs+=("$bbc"); else echo "note: $bbc is absent; comparing corpus/ only" >&2; fi

status=0
for input in "${inputs[@]}"; do
  name=$(basename "$(dirname "$input")")-$(basename "$input")
  for side in base head; do
    (cd "$(dirname "$input")" && dotnet "$work/$side-bin/TextInsight.Cli.dll" analyze "$(basename "$input")" --no-progress \
      --parallel 2 --output "$work/$name.$side.jsonl" 2>/dev/null)
  done
  if cmp -s "$work/$name.base.jsonl" "$work/$name.head.jsonl"; then
    echo "identical: $input ($(wc -l <"$work/$name.head.jsonl") records)"
  else
    status=1
    n=$({ diff "$work/$name.base.jsonl" "$work/$name.head.jsonl" || true; } | grep -c '^>' || true)
    echo "DIFFERENT: $input ($n of $(wc -l <"$work/$name.head.jsonl") records changed); first changes:"
    { diff "$work/$name.base.jsonl" "$work/$name.head.jsonl" || true; } | grep '^>' | cut -c1-300 | head -3 || true
  fi
done
[[ -n "$keep" && "$keep" != 1 ]] && { mkdir -p "$keep"; cp "$work"/*.jsonl "$keep"/; echo "outputs kept in $keep"; }
exit $status

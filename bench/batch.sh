#!/usr/bin/env bash
# Batch benchmark (not a unit test): a 10,000-letter corpus made from the development letters (copies under other
# names, each with a small edit), one full run with a 512 MB heap, then an incremental rerun with nothing new.
# Prints the figures the closing note of the batch issue quotes. Usage: bench/batch.sh [DOCUMENTS] [WORK_DIR]
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-10000}"
work="${2:-$(mktemp -d -t mandates-bench-XXXXXX)}"
corpus="$work/corpus"
out="$work/output"
mkdir -p "$corpus"

# the letters to copy: the development sets (gold/ is not letters)
mapfile -t letters < <(find "$home/corpus" -path "$home/corpus/gold" -prune -o -type f \( -name '*.txt' -o -name '*.md' \) -print | sort)
echo "bench: making $n documents from ${#letters[@]} letters in $corpus" >&2
i=0
while [ "$i" -lt "$n" ]; do
  src="${letters[$((i % ${#letters[@]}))]}"
  dir="$corpus/$(printf '%03d' $((i / 100)))"
  mkdir -p "$dir"
  base="$(basename "$src")"
  ext="${base##*.}"
  # a small edit per copy: its own reference line, so no two files have the same bytes
  { cat "$src"; printf '\n\nKenmerk: BENCH-%05d\n' "$i"; } > "$dir/${base%.*}-$(printf '%05d' "$i").$ext"
  i=$((i + 1))
done
bytes=$(du -sb "$corpus" | cut -f1)
echo "bench: corpus of $n documents, $((bytes / 1024 / 1024)) MB" >&2

# build once, outside the timings
"$home/mandates" --version >/dev/null

timed() {  # prints wall seconds and peak memory (kB) of a command
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$work/time.txt" "$@"
  t1=$(date +%s.%N)
  echo "$(echo "$t1 - $t0" | bc) $(cat "$work/time.txt")"
}

echo "bench: full run, JAVA_OPTS=-Xmx512m" >&2
read -r full_s full_kb < <(JAVA_OPTS=-Xmx512m timed "$home/mandates" extract -q --incremental -o "$out" "$corpus")
records=$(wc -l < "$out/records.jsonl")
docs=$(wc -l < "$out/documents.jsonl")
failed=$(grep -c '"status":"failed"' "$out/documents.jsonl" || true)

echo "bench: incremental rerun, nothing new" >&2
read -r inc_s inc_kb < <(JAVA_OPTS=-Xmx512m timed "$home/mandates" extract -q --incremental -o "$out" "$corpus")

printf 'documents %d (%d MB), failed %d, records %d\n' "$docs" "$((bytes / 1024 / 1024))" "$failed" "$records"
printf 'full run with -Xmx512m: %.1f s (%.1f documents/s), peak RSS %d MB\n' "$full_s" "$(echo "$docs / $full_s" | bc -l)" "$((full_kb / 1024))"
printf 'incremental rerun, nothing new: %.2f s, peak RSS %d MB\n' "$inc_s" "$((inc_kb / 1024))"
if (( $(echo "$inc_s < 5" | bc) )); then echo "incremental rerun under 5 s: yes"; else echo "incremental rerun under 5 s: NO"; exit 1; fi

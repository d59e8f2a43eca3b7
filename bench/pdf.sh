#!/usr/bin/env bash
# Whole-process benchmark (not a unit test): the letters as PDF, replicated to 300 documents and 2,100 pages, read
# by (1) pdftotext from poppler-utils, one process per file, as a shell script would; (2) PDFBox text extraction
# alone (`mandates text`); (3) the full pipeline (`mandates extract`); (2) and (3) with one thread and with all
# cores, in one run on the same files. Then: a 400-page PDF with JAVA_OPTS=-Xmx256m, and start-up on one small
# letter. Prints pages/s, documents/s, peak memory and the ratios; BENCHMARKS.md quotes them.
# Usage: bench/pdf.sh [COPIES_PER_LETTER (default 60)] [WORK_DIR]
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
copies="${1:-60}"
work="${2:-$(mktemp -d -t mandates-pdf-XXXXXX)}"
cores=$(nproc)
command -v pdftotext >/dev/null || { echo "bench: pdftotext is missing: apt-get install poppler-utils" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "bench: GNU time is missing: apt-get install time" >&2; exit 2; }

pdfs="$work/pdfs"
rm -rf "$pdfs" && mkdir -p "$pdfs"
pages=0
for src in "$home"/src/test/resources/formats/*.pdf; do
  p=$(pdfinfo "$src" | awk '/^Pages:/ {print $2}')
  base="$(basename "$src" .pdf)"
  for ((i = 0; i < copies; i++)); do
    cp "$src" "$pdfs/$base-$(printf '%03d' "$i").pdf"
    pages=$((pages + p))
  done
done
docs=$(ls "$pdfs" | wc -l)
echo "bench: $docs PDFs, $pages pages in $pdfs; $cores cores" >&2
"$home/mandates" --version >/dev/null   # build once, outside the timings
jar=(java ${JAVA_OPTS:-} -cp "$home/target/mandates.jar" nl.kamerbrief.mandates.cli.MandatesCommand)

# runs a command, prints "<wall seconds> <peak RSS kB>"
measure() {
  /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
    echo "bench: failed: $*" >&2; tail -5 "$work/stderr.txt" >&2; exit 1; }
  cat "$work/time.txt"
}
declare -A secs mem
row() {  # name, then the command
  local name="$1"; shift
  rm -rf "$work/out" && mkdir -p "$work/out"
  read -r s k < <(measure "$@")
  secs[$name]=$s; mem[$name]=$k
  printf '%-34s %7.1f s %8.1f pages/s %7.1f documents/s  peak %5d MB\n' "$name" "$s" \
    "$(echo "$pages / $s" | bc -l)" "$(echo "$docs / $s" | bc -l)" "$((k / 1024))"
}

echo
echo "== $docs documents, $pages pages, $cores cores"
row "pdftotext, serial loop" bash -c "for f in '$pdfs'/*.pdf; do pdftotext -q \"\$f\" '$work/out/'\$(basename \"\$f\" .pdf).txt; done"
row "pdftotext, $cores in parallel" bash -c "ls '$pdfs'/*.pdf | xargs -P $cores -n 1 sh -c 'pdftotext -q \"\$0\" \"$work/out/\$(basename \"\$0\" .pdf).txt\"'"
row "PDFBox alone, 1 thread" "${jar[@]}" text --threads 1 -o "$work/out" "$pdfs"
row "PDFBox alone, $cores threads" "${jar[@]}" text --threads "$cores" -o "$work/out" "$pdfs"
row "full pipeline, 1 thread" "${jar[@]}" extract -q --threads 1 -o "$work/out" "$pdfs"
row "full pipeline, $cores threads" "${jar[@]}" extract -q --threads "$cores" -o "$work/out" "$pdfs"
records=$(wc -l < "$work/out/records.jsonl")
ok=$(grep -c '"status":"ok"' "$work/out/documents.jsonl" || true)
echo "(full pipeline: $ok of $docs documents ok, $records records)"

ratio() { echo "$1 / $2" | bc -l; }
echo
printf 'full / PDFBox alone, 1 thread (throughput):   %.2f\n' "$(ratio "${secs["PDFBox alone, 1 thread"]}" "${secs["full pipeline, 1 thread"]}")"
printf 'full / PDFBox alone, %d threads (throughput):  %.2f\n' "$cores" "$(ratio "${secs["PDFBox alone, $cores threads"]}" "${secs["full pipeline, $cores threads"]}")"
printf 'full, %d threads / pdftotext serial (throughput): %.2f\n' "$cores" "$(ratio "${secs["pdftotext, serial loop"]}" "${secs["full pipeline, $cores threads"]}")"
printf 'full, %d threads / 1 thread (speed-up):       %.2f\n' "$cores" "$(ratio "${secs["full pipeline, 1 thread"]}" "${secs["full pipeline, $cores threads"]}")"

echo
huge="$home/../shared/corpus/bad/huge-400-pages.pdf"
if [ -f "$huge" ]; then
  mkdir -p "$work/huge" && cp "$huge" "$work/huge/"
  rm -rf "$work/out"
  read -r s k < <(JAVA_OPTS=-Xmx256m measure "$home/mandates" extract -q -o "$work/out" "$work/huge")
  status=$(grep -o '"status":"[a-z]*"' "$work/out/documents.jsonl")
  hp=$(grep -o '"pages":[0-9]*' "$work/out/documents.jsonl")
  printf '400-page PDF with JAVA_OPTS=-Xmx256m: %s %s, %.1f s, peak RSS %d MB\n' "$status" "$hp" "$s" "$((k / 1024))"
fi

one="$work/one" && mkdir -p "$one"
cp "$home/corpus/2022-06-17-kennisgeving-eufor-althea.txt" "$one/"
times=()
for i in 1 2 3 4 5; do
  rm -rf "$work/out"
  read -r s _ < <(measure "$home/mandates" extract -q -o "$work/out" "$one")
  times+=("$s")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
printf 'start-up: ./mandates extract on one small letter: median %.2f s of 5 (%s)\n' "$median" "${times[*]}"

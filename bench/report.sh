#!/usr/bin/env bash
# Report benchmark (not a unit test): a synthetic extract output at archive scale (10,000 letters, 50,000 records
# about the missions of rules/missions.json), then 'mandates dataset' and 'mandates report' on it, the size of
# index.html and of what the index loads at once, and the time Debian's headless Chromium takes to open it from disk
# (load event, and ready: timeline rows in view drawn, first table page filled), to filter the table by an
# organisation and to open a letter. Needs chromium and chromium-driver. Usage: bench/report.sh [DOCS] [RECORDS] [DIR]
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
docs="${1:-10000}"
records="${2:-50000}"
work="${3:-$(mktemp -d -t mandates-report-bench-XXXXXX)}"
cd "$home"

# build the jar and the test classes once, outside the timings; the test class path for the two helpers
"$home/mandates" --version >/dev/null
mvn -o -q -B test-compile
mvn -o -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt" >/dev/null
cp="$home/target/test-classes:$home/target/classes:$(cat "$work/classpath.txt")"

seconds() { local t0=$1 t1; t1=$(date +%s%N); echo "$(( (t1 - t0) / 1000000 )) ms"; }

echo "bench: synthetic output of $docs letters and $records records in $work/output" >&2
java -cp "$cp" nl.kamerbrief.mandates.report.SyntheticRunOutput "$work/output" "$docs" "$records"

t=$(date +%s%N)
"$home/mandates" dataset -q --from "$work/output" --out "$work/dataset" --as-of 2026-01-01
echo "dataset: $(seconds "$t") ($(du -sh "$work/dataset" | cut -f1); mandates.sqlite $(du -h "$work/dataset/mandates.sqlite" | cut -f1), dataset.csv $(du -h "$work/dataset/dataset.csv" | cut -f1))"

t=$(date +%s%N)
"$home/mandates" report -q --from "$work/dataset" --out "$work/report"
echo "report: $(seconds "$t") ($(du -sh "$work/report" | cut -f1) in $(find "$work/report" -type f | wc -l) files)"

index=$(stat -c %s "$work/report/index.html")
assets=$(cat "$work/report/assets/"* | wc -c)
chunk0=$(stat -c %s "$work/report/data/records-0.js")
chunks=$(find "$work/report/data" -name 'records-*.js' | wc -l)
echo "index.html: $index bytes ($((index / 1024)) KB); with assets and the first record file loaded at open: $(( (index + assets + chunk0) / 1024 )) KB"
echo "record files: $chunks of up to 2,000 records, $(du -ch "$work/report/data/"*.js | tail -1 | cut -f1) in all; letters' pages: $(find "$work/report/docs" -type f | wc -l)"

echo "opening in headless Chromium ($(chromium --version 2>/dev/null | head -1)):"
java -cp "$cp" nl.kamerbrief.mandates.report.ReportOpenTiming "$work/report" 3
echo "bench: files left in $work" >&2

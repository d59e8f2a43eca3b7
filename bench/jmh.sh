#!/usr/bin/env bash
# JMH benchmark of the text-to-records stage (not a unit test): every annotator and the assembler over the letters
# of corpus/, already ingested, with the name finder and without, on one thread and on all cores. Prints documents
# and MB of text per second per thread, and the scaling from one thread to all cores.
# Usage: bench/jmh.sh [extra JMH options, e.g. -wi 2 -i 3 for a quick look]
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
out="$home/target/jmh"
mkdir -p "$out"
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt" >/dev/null
cp="$home/target/test-classes:$home/target/classes:$(cat "$out/classpath.txt")"
read -r docs bytes < <(java -cp "$cp" nl.kamerbrief.mandates.bench.TextStageBenchmark corpus 2>/dev/null)
cores=$(nproc)
for t in 1 "$cores"; do
  echo "bench: TextStageBenchmark, $t thread(s)" >&2
  java -cp "$cp" org.openjdk.jmh.Main TextStageBenchmark -t "$t" -rf json -rff "$out/text-stage-$t.json" "$@" >&2
done
python3 - "$out" "$docs" "$bytes" "$cores" <<'PY'
import json, sys
out, docs, nbytes, cores = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
print(f"corpus: {docs} letters, {nbytes / 1e6:.3f} MB of text per operation")
rates = {}
for t in (1, cores):
    for r in json.load(open(f"{out}/text-stage-{t}.json")):
        model = r["params"]["model"]
        ops = r["primaryMetric"]["score"]            # passes over the corpus per second, all threads together
        rates[(model, t)] = ops
        print(f"model={model:5} threads={t}: {ops * docs / t:8.1f} documents/s per thread, "
              f"{ops * nbytes / 1e6 / t:6.3f} MB/s per thread ({ops * nbytes / 1e6:6.3f} MB/s in all)")
for model in ("true", "false"):
    if (model, 1) in rates and (model, cores) in rates and cores > 1:
        print(f"model={model:5} {cores} threads / 1 thread: {rates[(model, cores)] / rates[(model, 1)]:.2f}x")
PY

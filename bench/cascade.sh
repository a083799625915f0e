#!/usr/bin/env bash
# The cascade benchmark: on each corpus, one JVM runs the baseline (CoreNLP tokenize, ssplit, pos,
# lemma, ner, depparse on every sentence, then the rules), one JVM runs the cascade, and CompareRuns
# prints throughput per core, the ratio, events, the cascade's recall against the baseline (and
# against ground truth where there is one) and each JVM's peak memory.
#
#   bench/cascade.sh [WH_DOCS] [GEN_DOCS]
#
# WH_DOCS (default 150) records from the White House corpus (../shared/corpora, skipped if absent);
# GEN_DOCS (default 600) articles generated with a 5% relevant share (seed 11).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
wh_docs="${1:-150}"
gen_docs="${2:-600}"
work="${BENCH_DIR:-$here/bench/target/runs}"
mkdir -p "$work"
(cd "$here" && mvn -q -B -DskipTests package -pl bench,cli -am) >&2
cp="$here/bench/target/avow-bench-0.1.0-SNAPSHOT.jar:$(cat "$here/bench/target/classpath.txt")"
java_opts=(${BENCH_JAVA_OPTS:--Xmx6g})

side() { # corpus mode inputs...
  local corpus="$1" mode="$2"; shift 2
  java "${java_opts[@]}" -cp "$cp" org.avow.bench.CascadeBenchmark --mode "$mode" \
    --out "$work/$corpus-$mode.events" "$@" > "$work/$corpus-$mode.result" 2> "$work/$corpus-$mode.log"
  grep '^RESULT' "$work/$corpus-$mode.result" >&2
}

wh="$here/../shared/corpora/whitehouse"
if [ -d "$wh" ]; then
  # the newest year's file first: the 2025-2026 briefing room, transcripts and statements alike
  mapfile -t files < <(ls -r "$wh"/*.jsonl.gz)
  for mode in baseline cascade; do
    side whitehouse "$mode" --limit "$wh_docs" --default-source "The White House" "${files[@]}"
  done
  java -cp "$cp" org.avow.bench.CompareRuns --corpus "White House, first $wh_docs records of the newest file" \
    --baseline "$work/whitehouse-baseline.result" "$work/whitehouse-baseline.events" \
    --cascade "$work/whitehouse-cascade.result" "$work/whitehouse-cascade.events"
else
  echo "bench: $wh absent, White House corpus skipped" >&2
fi

gen="$work/generated"
rm -rf "$gen"
"$here/avow" generate --articles "$gen_docs" --relevant-share 0.05 --seed 11 --out "$gen" >&2
mapfile -t gfiles < <(ls "$gen"/*.jsonl.gz)
truth="$gen/truth.gold.gz"
for mode in baseline cascade; do
  side generated "$mode" --limit "$gen_docs" "${gfiles[@]}"
done
java -cp "$cp" org.avow.bench.CompareRuns --corpus "generated, $gen_docs articles, 5% relevant" \
  --baseline "$work/generated-baseline.result" "$work/generated-baseline.events" \
  --cascade "$work/generated-cascade.result" "$work/generated-cascade.events" --truth "$truth"

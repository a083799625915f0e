#!/usr/bin/env bash
# The cascade benchmark: on each corpus, one JVM runs the baseline (CoreNLP tokenize, ssplit, pos,
# lemma, ner, depparse on every sentence, then the rules), one JVM runs the cascade, and CompareRuns
# prints throughput per core, the ratio, events, the cascade's recall against the baseline (and
# against ground truth where there is one) and each JVM's peak memory.
#
#   bench/cascade.sh [--repeat N] [WH_DOCS] [GEN_DOCS]
#
# WH_DOCS (default 150) records from the White House corpus (../shared/corpora, skipped if absent);
# GEN_DOCS (default 600) articles generated with a 5% relevant share (seed 11).
# --repeat N (default 1) runs each side N times, alternating them (baseline then cascade, then
# cascade then baseline, ...) so that the machine's load falls on both, and prints every run, each
# side's median tokens/s/core with its min-max, and the ratio of the medians.
# The sides run on core/target's jar, which any Maven build of this checkout (even `mvn test`)
# rewrites: build nothing here while it runs.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repeat=1
if [ "${1:-}" = "--repeat" ]; then
  repeat="${2:-}"
  shift 2 || true
fi
if ! [[ "$repeat" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: bench/cascade.sh [--repeat N] [WH_DOCS] [GEN_DOCS]  (N a positive whole number)" >&2
  exit 2
fi
wh_docs="${1:-150}"
gen_docs="${2:-600}"
work="${BENCH_DIR:-$here/bench/target/runs}"
mkdir -p "$work"
(cd "$here" && mvn -q -B -DskipTests package -pl bench,cli -am) >&2
cp="$here/bench/target/avow-bench-0.1.0-SNAPSHOT.jar:$(cat "$here/bench/target/classpath.txt")"
java_opts=(${BENCH_JAVA_OPTS:--Xmx6g})

side() { # corpus mode run inputs...
  local corpus="$1" mode="$2" run="$3"; shift 3
  local base="$work/$corpus-$mode-$run"
  java "${java_opts[@]}" -cp "$cp" org.avow.bench.CascadeBenchmark --mode "$mode" \
    --out "$base.events" "$@" > "$base.result" 2> "$base.log"
  grep '^RESULT' "$base.result" >&2
}

runs=() # CompareRuns arguments of the last corpus: --baseline|--cascade RESULT EVENTS, one triple a run
both() { # corpus inputs...: each side $repeat times, alternating which goes first
  local corpus="$1" run mode; shift
  runs=()
  for ((run = 1; run <= repeat; run++)); do
    local order=(baseline cascade)
    if ((run % 2 == 0)); then order=(cascade baseline); fi
    for mode in "${order[@]}"; do side "$corpus" "$mode" "$run" "$@"; done
  done
  for mode in baseline cascade; do
    for ((run = 1; run <= repeat; run++)); do
      runs+=("--$mode" "$work/$corpus-$mode-$run.result" "$work/$corpus-$mode-$run.events")
    done
  done
}

wh="$here/../shared/corpora/whitehouse"
if [ -d "$wh" ]; then
  # the newest year's file first: the 2025-2026 briefing room, transcripts and statements alike
  mapfile -t files < <(ls -r "$wh"/*.jsonl.gz)
  both whitehouse --limit "$wh_docs" --default-source "The White House" "${files[@]}"
  java -cp "$cp" org.avow.bench.CompareRuns --corpus "White House, first $wh_docs records of the newest file" "${runs[@]}"
else
  echo "bench: $wh absent, White House corpus skipped" >&2
fi

gen="$work/generated"
rm -rf "$gen"
"$here/avow" generate --articles "$gen_docs" --relevant-share 0.05 --seed 11 --out "$gen" >&2
mapfile -t gfiles < <(ls "$gen"/*.jsonl.gz)
truth="$gen/truth.gold.gz"
both generated --limit "$gen_docs" "${gfiles[@]}"
java -cp "$cp" org.avow.bench.CompareRuns --corpus "generated, $gen_docs articles, 5% relevant" "${runs[@]}" --truth "$truth"

#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan + libFuzzer) and
# runs each one for a while over its seed corpus.
#
#   bash tests/fuzz/run-fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# CI runs a smoke run (the default, 25 s a target); a longer campaign is
# the same command with more seconds, e.g. `bash tests/fuzz/run-fuzz.sh
# 3600`. The working corpus grows in build-fuzz/corpus/<target>/ and is
# kept between runs; a crash leaves its input in
# build-fuzz/artifacts/ and fails the run: add that file to
# tests/fuzz/regressions/<target>/ with the fix, and the corpus replay
# test in the ordinary suite keeps it fixed.
#
# Prints one line per target: executions, coverage (edges: `cov`) and
# features (`ft`), corpus size, seconds.
set -euo pipefail
cd "$(dirname "$0")/../.."

SECONDS_PER_TARGET=${1:-25}
shift || true
BUILD=${FUZZ_BUILD:-build-fuzz}
# Targets and their seed folders: tests/fuzz/seeds.txt (shared with
# tests/fuzz/meson.build, which replays the same seeds in the suite).
ALL_TARGETS=$(awk '!/^#/ && NF { print $1 }' tests/fuzz/seeds.txt)
TARGETS=${*:-$ALL_TARGETS}

if [ ! -f "$BUILD/build.ninja" ]; then
  # Introspection off: g-ir-scanner cannot run a fuzzer-instrumented
  # library. b_lundef=false: the library has undefined sanitizer
  # symbols that only the final executable provides.
  CC=clang meson setup "$BUILD" \
    -Dintrospection=false -Db_lundef=false \
    -Db_sanitize=address,undefined \
    -Dc_args="-fsanitize=fuzzer-no-link -fno-sanitize-recover=undefined -fno-omit-frame-pointer" \
    >/dev/null
fi
for t in $TARGETS; do
  ninja -C "$BUILD" "tests/fuzz/fuzz-$t" >/dev/null
done

# Fuzzing runs without leak detection: json-glib's own leaks can only be
# told apart from ours with slow unwinding (fast_unwind_on_malloc=0),
# which costs 20 times the speed. A second pass replays the whole
# corpus with leak detection and slow unwinding instead.
FUZZ_ASAN_OPTIONS="detect_leaks=0:allocator_may_return_null=1"
LEAK_ASAN_OPTIONS="detect_leaks=1:fast_unwind_on_malloc=0:allocator_may_return_null=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export G_SLICE=always-malloc G_DEBUG=gc-friendly

seeds_for () {
  awk -v t="$1" '$1 == t { for (i = 2; i <= NF; i++) print $i }' tests/fuzz/seeds.txt
}

status=0
mkdir -p "$BUILD/artifacts"
for t in $TARGETS; do
  corpus="$BUILD/corpus/$t"
  mkdir -p "$corpus"
  seeds=""
  for d in $(seeds_for "$t") "tests/fuzz/regressions/$t"; do
    [ -d "$d" ] && seeds="$seeds $d"
  done
  dict=""
  [ -f "tests/fuzz/$t.dict" ] && dict="-dict=tests/fuzz/$t.dict"
  log="$BUILD/fuzz-$t.log"
  rc=0
  # -timeout: one input taking 10 s is a finding (a hang), not a slow run.
  # FUZZ_SEED fixes libFuzzer's random seed (CI sets it, so a smoke run
  # explores the same inputs every time and a red CI is reproducible);
  # unset, every campaign explores anew.
  ASAN_OPTIONS=$FUZZ_ASAN_OPTIONS "$BUILD/tests/fuzz/fuzz-$t" \
    ${FUZZ_SEED:+-seed=$FUZZ_SEED} \
    -max_total_time="$SECONDS_PER_TARGET" -detect_leaks=0 \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 $dict \
    -artifact_prefix="$BUILD/artifacts/$t-" "$corpus" $seeds >"$log" 2>&1 || rc=$?
  if [ "$rc" -eq 0 ]; then
    # Leak pass: every input of the grown corpus once, in one process;
    # LeakSanitizer reports at exit.
    find "$corpus" $seeds -type f -print0 |
      ASAN_OPTIONS=$LEAK_ASAN_OPTIONS xargs -0 "$BUILD/tests/fuzz/fuzz-$t" \
        -runs=1 >"$log.leaks" 2>&1 || { rc=$?; log="$log.leaks"; }
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
  cov=$(echo "$last" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
  ft=$(echo "$last" | sed -n 's/.*ft: \([0-9]*\).*/\1/p')
  corp=$(echo "$last" | sed -n 's/.*corp: \([0-9]*\).*/\1/p')
  secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
  if [ "$rc" -ne 0 ]; then
    echo "fuzz-$t: FAILED (exit $rc), see $log"
    grep -E "ERROR|SUMMARY|fuzz:|Test unit written" "$log" | head -20 || true
    status=1
  else
    echo "fuzz-$t: ${execs:-?} execs in ${secs:-?} s, cov ${cov:-?} edges, ft ${ft:-?}, corpus ${corp:-?}"
  fi
done
exit $status

#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz/ with clang (ASan + UBSan) into build-fuzz/ and runs
# each for a bounded time, starting from its seed corpus in tests/fuzz/corpus/<target>/. What the
# fuzzers find along the way stays in build-fuzz/fuzz-work/ (the seed corpus is never written);
# a crash stops the run with the input that caused it, to be turned into a regression test
# named after what it found.
#
#   scripts/fuzz.sh                      every target 15 s (what scripts/test.sh runs: 1 minute)
#   scripts/fuzz.sh --seconds 600 http   one target for ten minutes
#   targets: profile rule_pack batch http
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=15
targets=()
while [ $# -gt 0 ]; do
  case $1 in
    --seconds)
      [ $# -ge 2 ] || { echo "fuzz.sh: --seconds needs a number" >&2; exit 2; }
      seconds=$2
      shift 2
      ;;
    profile | rule_pack | batch | http) targets+=("$1"); shift ;;
    *) echo "usage: scripts/fuzz.sh [--seconds N] [profile|rule_pack|batch|http]..." >&2; exit 2 ;;
  esac
done
[[ $seconds =~ ^[1-9][0-9]*$ ]] || { echo "fuzz.sh: --seconds must be a whole number" >&2; exit 2; }
[ ${#targets[@]} -gt 0 ] || targets=(profile rule_pack batch http)

"$root/scripts/setup.sh"
build=${AILIT_FUZZ_BUILD_DIR:-$root/build-fuzz}
echo "== building the fuzz targets in ${build#"$root"/}" >&2
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DAILIT_FUZZ=ON -DAILIT_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)" \
  --target $(printf 'ailit_fuzz_%s ' "${targets[@]}") >&2

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0
for target in "${targets[@]}"; do
  work="$build/fuzz-work/$target"
  mkdir -p "$work/corpus" "$work/artifacts"
  echo "== fuzzing $target for ${seconds} s" >&2
  # -timeout: one input that takes 10 s is a finding (a hang); -rss_limit_mb: so is 2 GB.
  if ! "$build/fuzz/ailit_fuzz_$target" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
    "$work/corpus" "$root/tests/fuzz/corpus/$target" >"$work/log" 2>&1; then
    echo "fuzz.sh: $target found a failure; its input is in $work/artifacts/:" >&2
    ls -1 "$work/artifacts" >&2
    grep -E 'ERROR|SUMMARY|runtime error|==[0-9]+==' "$work/log" | head -20 >&2 || true
    status=1
    continue
  fi
  grep -E '^stat::number_of_executed_units|^stat::new_units_added' "$work/log" |
    sed "s/^/  $target: /" >&2 || true
done
exit "$status"

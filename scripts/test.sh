#!/usr/bin/env bash
# The README's second command (and CI's): installs what is missing, builds everything, and runs
# every test twice: in build/ as shipped, then in build-sanitize/ under AddressSanitizer and
# UndefinedBehaviorSanitizer, because memory errors that pass an ordinary run are the ones a
# hostile profile or a broken plugin would find; then runs each fuzz target for 15 seconds.
#   scripts/test.sh            both runs
#   scripts/test.sh --quick    only the ordinary run, for a fast edit-test loop (no fuzzing)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
quick=no
for arg in "$@"; do
  case $arg in
    --quick) quick=yes ;;
    *) echo "usage: scripts/test.sh [--quick]" >&2; exit 2 ;;
  esac
done
"$root/scripts/setup.sh"

run_suite() {  # run_suite BUILD_DIR [CMAKE_ARGS...]
  local dir=$1
  shift
  echo "== building and testing in ${dir#"$root"/}" >&2
  AILIT_BUILD_DIR=$dir "$root/scripts/build.sh" -DAILIT_BUILD_TESTS=ON "$@"
  ctest --test-dir "$dir" --output-on-failure --parallel "$(nproc)"
}

# Benchmarks are built (not run: timings belong to benchmarks/, not to tests) so they cannot rot.
run_suite "$root/build" -DAILIT_BUILD_BENCHMARKS=ON
if [ "$quick" = no ]; then
  # halt_on_error keeps a report from scrolling past unnoticed; leaks are errors too.
  export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1}
  export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
  run_suite "$root/build-sanitize" -DAILIT_SANITIZE=ON
  # Each libFuzzer target for 15 s from its seed corpus (tests/fuzz/): a minute in all.
  "$root/scripts/fuzz.sh" --seconds 15
fi

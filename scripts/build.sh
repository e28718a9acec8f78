#!/usr/bin/env bash
# Configures and builds ailit into build/ (or $AILIT_BUILD_DIR) with Ninja.
# Extra arguments go to CMake, e.g. scripts/build.sh -DAILIT_SANITIZE=ON.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${AILIT_BUILD_DIR:-$root/build}
cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
# Progress goes to stderr, so `scripts/run.sh > plan.json` keeps only the result on stdout.
cmake --build "$build_dir" --parallel "$(nproc)" >&2

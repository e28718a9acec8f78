#!/usr/bin/env bash
# The README's second command (and CI's): installs what is missing, builds everything, and runs
# every test. Set AILIT_SANITIZE=ON to build and test under AddressSanitizer and UBSan in
# build-sanitize/ instead.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
if [ "${AILIT_SANITIZE:-OFF}" = "ON" ]; then
  export AILIT_BUILD_DIR=$root/build-sanitize
  "$root/scripts/build.sh" -DAILIT_BUILD_TESTS=ON -DAILIT_SANITIZE=ON
else
  "$root/scripts/build.sh" -DAILIT_BUILD_TESTS=ON
fi
ctest --test-dir "${AILIT_BUILD_DIR:-$root/build}" --output-on-failure --parallel "$(nproc)"

#!/usr/bin/env bash
# The README's first command: installs what is missing, builds, and runs the main job on a
# bundled example profile (PROFILE defaults to the example municipality).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
profile=${1:-$root/profiles/municipality.json}
"$root/scripts/setup.sh"
"$root/scripts/build.sh"
"$root/build/bin/ailit" validate --quiet "$profile"
"$root/build/bin/ailit" score "$profile"

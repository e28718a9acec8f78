#!/usr/bin/env bash
# The README's first command: installs what is missing, builds, and runs the main job on a
# bundled example profile: the action plan for the example municipality, as a Markdown document.
#   scripts/run.sh [PROFILE] [options of `ailit recommend`, e.g. --lang nl --format html]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
profile=$root/profiles/municipality.json
if [[ $# -gt 0 && $1 != --* ]]; then
  profile=$1
  shift
fi
if [[ $# -eq 0 ]]; then
  set -- --format markdown
fi
"$root/scripts/setup.sh"
"$root/scripts/build.sh"
"$root/build/bin/ailit" validate --quiet "$profile"
"$root/build/bin/ailit" recommend "$profile" "$@"

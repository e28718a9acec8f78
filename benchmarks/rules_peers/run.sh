#!/usr/bin/env bash
# Rule evaluation against the engines a user would pick instead (issue 6, DESIGN.md section 8):
# one generated 200-rule pack (json-rules-engine format) and 10,000 fact sets, evaluated by
# `ailit rules eval`, json-rules-engine and GoRules ZEN on exactly the same input. Checks that
# all three fire the same rules before printing any speed. See README.md in this folder.
#
#   benchmarks/rules_peers/run.sh [AILIT_BINARY] [--sets N] [--rules N] [--seed N] [--ailit-runs N]
#
# Defaults: build/bin/ailit (relative to the repository root), 10000 sets, 200 rules, seed 1,
# 5 runs of ailit (the median is reported; the peers take seconds to minutes and run once).
# Exit: 0 outcomes equal, 1 outcomes differ, 2 usage or setup problem.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/../.." && pwd)"

usage() {
  sed -n '7,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}
die() {
  echo "run.sh: $*" >&2
  exit 2
}

ailit=""
sets=10000
rules=200
seed=1
ailit_runs=5
while (($#)); do
  case "$1" in
    --sets | --rules | --seed | --ailit-runs)
      (($# >= 2)) || die "$1 needs a value"
      [[ "$2" =~ ^[0-9]+$ ]] || die "$1 needs a whole number, not \"$2\""
      case "$1" in
        --sets) sets="$2" ;;
        --rules) rules="$2" ;;
        --seed) seed="$2" ;;
        --ailit-runs) ailit_runs="$2" ;;
      esac
      shift 2
      ;;
    -h | --help)
      usage
      exit 0
      ;;
    -*) die "unknown option $1 (see --help)" ;;
    *)
      [[ -z "$ailit" ]] || die "one binary only (got \"$ailit\" and \"$1\")"
      ailit="$1"
      shift
      ;;
  esac
done
((sets >= 1 && rules >= 1 && ailit_runs >= 1)) || die "--sets, --rules and --ailit-runs must be at least 1"
[[ -n "$ailit" ]] || ailit="$repo_root/build/bin/ailit"
[[ "$ailit" == */* ]] || ailit="./$ailit"
[[ -x "$ailit" && -f "$ailit" ]] || die "no ailit binary at $ailit (build it, or pass its path)"
ailit="$(cd "$(dirname "$ailit")" && pwd)/$(basename "$ailit")"

# Node and npm come from Debian; installed here when missing and run as root.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  [ "$(id -u)" -eq 0 ] || die "node and npm are not installed (Debian: apt-get install nodejs npm)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null ||
    die "installing nodejs and npm with apt-get failed"
fi
command -v node >/dev/null || die "node is not installed (Debian: apt-get install nodejs npm)"
command -v npm >/dev/null || die "npm is not installed (Debian: apt-get install npm)"
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 18 ? 0 : 1)' ||
  die "node 18 or later is needed (found $(node --version))"

# ---- 1. the pinned peer engines, in node_modules/ of this folder (ignored by git) -------------
lock="$script_dir/package-lock.json"
stamp="$script_dir/node_modules/.ailit-lock-sha256"
lock_sum="$(sha256sum "$lock" | cut -d' ' -f1)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$lock_sum" ]]; then
  echo "Installing the pinned peer engines (npm ci) into $script_dir/node_modules"
  (cd "$script_dir" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null) ||
    die "npm ci failed"
  echo "$lock_sum" >"$stamp"
fi
pkg_version() {
  node -p "require('$script_dir/node_modules/$1/package.json').version"
}
jre_version="$(pkg_version json-rules-engine)"
zen_version="$(pkg_version @gorules/zen-engine)"
ailit_version="$("$ailit" version 2>/dev/null | head -n1 || true)"
ailit_version="${ailit_version:-ailit}"

# ---- 2. the input ------------------------------------------------------------------------------
work="$script_dir/work"
rm -rf "$work"
mkdir -p "$work"
node "$script_dir/generate.js" --out "$work" --rules "$rules" --sets "$sets" --seed "$seed" >"$work/generated.json"
echo "Input: $(cat "$work/generated.json") in $work"

# run KEY RUN CMD...: CMD's stdout to KEY.out (KEY.out.RUN after the first run), stderr to
# KEY.stats.RUN, wall seconds (exec to exit, measured here) to KEY.wall.RUN.
run() {
  local key="$1" r="$2"
  shift 2
  local out="$work/$key.out"
  ((r == 0)) || out="$out.$r"
  local t0="$EPOCHREALTIME"
  local status=0
  "$@" >"$out" 2>"$work/$key.stats.$r" || status=$?
  local t1="$EPOCHREALTIME"
  if ((status != 0)); then
    echo "run.sh: $key failed with exit status $status:" >&2
    tail -n 20 "$work/$key.stats.$r" >&2
    exit 2
  fi
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f\n", b - a }' >"$work/$key.wall.$r"
}

# ---- 3. the engines, one after another -----------------------------------------------------------
echo "Running $ailit_version: ailit rules eval --stats ($ailit_runs runs)"
for ((r = 0; r < ailit_runs; ++r)); do
  run ailit "$r" "$ailit" rules eval --rules "$work/pack.json" --facts "$work/facts.ndjson" --stats
done
echo "Running json-rules-engine $jre_version (about $((sets / 300 + 1)) s at the ~300 sets/s of DESIGN.md section 8)"
run jre 0 node "$script_dir/run_json_rules_engine.js" --rules "$work/pack.json" --facts "$work/facts.ndjson" --stats
echo "Running GoRules ZEN $zen_version (decision table, hit policy collect; written to $work/decision.json)"
run zen 0 node "$script_dir/run_zen.js" --rules "$work/pack.json" --facts "$work/facts.ndjson" --stats --jdm "$work/decision.json"
echo "Running the hand-written JavaScript baseline (one if per rule, generated from the pack)"
run js 0 node "$script_dir/run_js_loop.js" --rules "$work/pack.json" --facts "$work/facts.ndjson" --stats
echo

cat >"$work/meta.json" <<EOF
{"sets": $sets, "rules": $rules, "seed": $seed, "engines": [
  {"key": "ailit", "label": "$ailit_version", "runs": $ailit_runs},
  {"key": "jre", "label": "json-rules-engine $jre_version", "runs": 1},
  {"key": "zen", "label": "GoRules ZEN $zen_version", "runs": 1, "own_timer": "zen_seconds"},
  {"key": "js", "label": "plain JavaScript, one if per rule", "runs": 1}
]}
EOF

# ---- 4. same outcomes first, then the speeds ----------------------------------------------------
status=0
node "$script_dir/report.js" "$work" || status=$?
exit "$status"

#!/usr/bin/env bash
# Checks ailit_gen_profiles (benchmarks/gen_profiles): the same seed gives the same bytes, every
# line is a profile `ailit batch` accepts, the xlarge class reaches 60 AI systems and 40 staff
# groups, --measures draws only the catalogue's ids, and bad arguments exit 2.
# usage: gen_profiles_test.sh GEN_BINARY AILIT_BINARY
set -u
gen=$1
ailit=$2
failures=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { echo "ok: $1"; }
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }
check() {  # check DESCRIPTION COMMAND...
  local what=$1
  shift
  if "$@"; then ok "$what"; else fail "$what"; fi
}

# (1) Determinism.
"$gen" --seed 11 --count 300 >"$tmp/a1" || fail "generator runs (seed 11)"
"$gen" --seed 11 --count 300 >"$tmp/a2" || fail "generator runs again (seed 11)"
"$gen" --seed 12 --count 300 --out "$tmp/b" || fail "generator runs with --out (seed 12)"
check "300 lines for --count 300" test "$(wc -l <"$tmp/a1")" = 300
check "the same seed gives byte-identical output" cmp -s "$tmp/a1" "$tmp/a2"
check "another seed gives different output" sh -c "! cmp -s '$tmp/a1' '$tmp/b'"
"$gen" --seed 11 --count 40 >"$tmp/prefix"
check "a line does not depend on --count" sh -c "head -n 40 '$tmp/a1' | cmp -s - '$tmp/prefix'"

# (2) Every line is a valid profile.
validate() {  # validate FILE DESCRIPTION
  "$ailit" batch --threads 2 --no-progress <"$1" >"$1.out" 2>"$1.err"
  local rc=$?
  if [ "$rc" != 0 ]; then
    fail "$2: ailit batch exits $rc, expected 0"
    sed 's/^/  stderr: /' "$1.err" | head -5
  else
    ok "$2: ailit batch exits 0"
  fi
  python3 - "$1" "$1.out" <<'PY' && ok "$2: every line has an answer without an error" || fail "$2: answers"
import json, sys
inputs = open(sys.argv[1], encoding="utf-8").read().splitlines()
answers = open(sys.argv[2], encoding="utf-8").read().splitlines()
if len(answers) != len(inputs):
    print(f"  {len(answers)} answers for {len(inputs)} profiles")
    sys.exit(1)
bad = 0
for n, line in enumerate(answers, 1):
    answer = json.loads(line)
    if not isinstance(answer, dict) or "error" in answer:
        bad += 1
        if bad <= 3:
            print(f"  line {n}: {line[:300]}")
sys.exit(1 if bad else 0)
PY
}
validate "$tmp/a1" "seed 11"
validate "$tmp/b" "seed 12"

# (3) The biggest class reaches the ceiling.
"$gen" --seed 11 --sizes xlarge:100 --count 20 >"$tmp/x" || fail "generator runs (xlarge)"
python3 - "$tmp/x" <<'PY' && ok "xlarge reaches 60 AI systems and 40 staff groups" || fail "xlarge ceiling"
import json, sys
shapes = [(len(p.get("ai_systems", [])), len(p["staff_groups"]), p["organisation"]["employees"])
          for p in map(json.loads, open(sys.argv[1], encoding="utf-8"))]
print(f"  systems {min(s for s, _, _ in shapes)}-{max(s for s, _, _ in shapes)},"
      f" groups {min(g for _, g, _ in shapes)}-{max(g for _, g, _ in shapes)},"
      f" employees {min(e for _, _, e in shapes)}-{max(e for _, _, e in shapes)}")
sys.exit(0 if any(s == 60 and g == 40 for s, g, _ in shapes)
         and all(s <= 60 and g <= 40 and 5000 <= e <= 20000 for s, g, e in shapes) else 1)
PY
validate "$tmp/x" "xlarge"
"$gen" --seed 11 --sizes tiny:100 --count 50 >"$tmp/t" || fail "generator runs (tiny)"
python3 - "$tmp/t" <<'PY' && ok "tiny: 5-9 employees and 1-2 AI tools" || fail "tiny shape"
import json, sys
sys.exit(0 if all(5 <= p["organisation"]["employees"] <= 9 and 1 <= len(p["ai_systems"]) <= 2
                  for p in map(json.loads, open(sys.argv[1], encoding="utf-8"))) else 1)
PY

# --measures: only the catalogue's ids, each at most once.
printf '{"measures": [{"id": "m.one"}, {"id": "m.two"}, {"id": "m.three"}]}' >"$tmp/measures.json"
"$gen" --seed 3 --count 200 --measures "$tmp/measures.json" >"$tmp/m" || fail "generator runs (--measures)"
python3 - "$tmp/m" <<'PY' && ok "--measures draws distinct ids from the catalogue" || fail "--measures"
import json, sys
lists = [p["implemented_measures"] for p in map(json.loads, open(sys.argv[1], encoding="utf-8"))]
sys.exit(0 if any(lists) and all(set(l) <= {"m.one", "m.two", "m.three"} and len(set(l)) == len(l)
                                 for l in lists) else 1)
PY

# (4) Bad arguments exit 2 with a message.
expect2() {  # expect2 DESCRIPTION ARGS...
  local what=$1
  shift
  "$gen" "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  if [ "$rc" = 2 ] && [ -s "$tmp/err" ] && [ ! -s "$tmp/out" ]; then
    ok "bad arguments: $what (exit 2: $(head -1 "$tmp/err"))"
  else
    fail "bad arguments: $what: exit $rc, expected 2 with a message and no output"
  fi
}
expect2 "unknown option" --frobnicate
expect2 "count is not a number" --count many
expect2 "negative count" --count -1
expect2 "seed without a value" --seed
expect2 "seed too big" --seed 18446744073709551616
expect2 "seed given twice" --seed 1 --seed 2
expect2 "size without a weight" --sizes small
expect2 "unknown size class" --sizes huge:10
expect2 "all weights 0" --sizes small:0,large:0
expect2 "size named twice" --sizes small:1,small:2
expect2 "unknown sector" --sectors farming:10
expect2 "weight is not a number" --sectors hospital:x
expect2 "missing measures file" --measures "$tmp/does-not-exist.json"
"$gen" --help >"$tmp/help" 2>&1
check "--help exits 0 and documents every option and class" sh -c \
  "for w in --seed --count --sizes --sectors --measures --out tiny small medium large xlarge retail; do grep -q -- \"\$w\" '$tmp/help' || exit 1; done"

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all checks passed"

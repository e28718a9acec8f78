#!/usr/bin/env bash
# The plugin SDK works for an outside author (DESIGN.md §6, docs/plugins.md): installs the build
# to a temporary prefix, builds plugins/example out of tree against that prefix alone, and loads
# the result with the installed binary.
#
# Usage: out_of_tree_test.sh BUILD_DIR SOURCE_DIR
#   BUILD_DIR   a configured and built ailit build tree (ailit and the bundled plugins built)
#   SOURCE_DIR  the ailit source tree (for plugins/example)
#
# Checks, one "ok:" or "FAIL:" line each; exits 1 when any fails:
#   1. `cmake --install` gives a prefix with bin/ailit, the SDK headers and the CMake package;
#   2. plugins/example configures against that prefix (and nothing else) and builds;
#   3. `ailit plugins check` accepts the example (exit 0);
#   4. the installed binary finds its bundled plugins in <prefix>/lib/ailit/plugins, all loaded;
#   5. `ailit recommend` with --plugins applies the example to plugins/example/profile.json: every
#      measure of its catalogue is planned, engine.plugins says applied, no plugin failed;
#   6. a copy whose facts.json reads an unknown fact is refused by `plugins check` (exit 2),
#      which names the fact.
# Works on a sanitizer build too: the installed ailit is then instrumented, the example is not.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 BUILD_DIR SOURCE_DIR" >&2
  exit 2
fi
build_dir=$(cd "$1" && pwd)
source_dir=$(cd "$2" && pwd)
example="$source_dir/plugins/example"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix="$tmp/prefix"
ailit="$prefix/bin/ailit"

failures=0
ok() { echo "ok: $*"; }
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}
# Prints a log file indented, for a failure's details.
show() { sed 's/^/    /' "$1"; }
# Gives up when a later check cannot run without the one that failed.
stop() {
  echo "FAIL: stopping: the remaining checks need this step"
  exit 1
}
fatal() {
  fail "$@"
  stop
}

# The compiler the ailit build used: C++20 is known to work with it. CMake's default may differ.
cxx_args=()
compiler=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$build_dir/CMakeCache.txt" 2>/dev/null || true)
if [[ -n "$compiler" && -x "$compiler" ]]; then cxx_args=("-DCMAKE_CXX_COMPILER=$compiler"); fi

# Configures and builds the plugin project in $1 into $2.
build_plugin() {
  cmake -S "$1" -B "$2" -G Ninja "-DCMAKE_PREFIX_PATH=$prefix" "${cxx_args[@]}" >"$2.log" 2>&1 &&
    cmake --build "$2" >>"$2.log" 2>&1
}

# 1. Install.
if ! cmake --install "$build_dir" --prefix "$prefix" >"$tmp/install.log" 2>&1; then
  fail "cmake --install $build_dir failed"
  show "$tmp/install.log"
  stop
fi
missing=()
for f in bin/ailit include/ailit/plugin.h include/ailit/plugin.hpp lib/cmake/ailit/ailitConfig.cmake \
  lib/cmake/ailit/ailitConfigVersion.cmake lib/cmake/ailit/AilitPlugin.cmake; do
  [[ -e "$prefix/$f" ]] || missing+=("$f")
done
if [[ ${#missing[@]} -gt 0 ]]; then fatal "the install lacks: ${missing[*]}"; fi
ok "installed to a temporary prefix (bin/ailit, include/ailit, lib/cmake/ailit)"

# 2. Build the example out of tree, against the prefix alone.
if ! build_plugin "$example" "$tmp/build"; then
  fail "plugins/example does not configure or build against the installed SDK"
  show "$tmp/build.log"
  stop
fi
found=$(sed -n 's/^ailit_DIR:[A-Z]*=//p' "$tmp/build/CMakeCache.txt")
if [[ "$found" != "$prefix/lib/cmake/ailit" ]]; then
  fail "plugins/example found the SDK in '$found', not in the temporary prefix"
fi
plugin="$tmp/build/libailit_example.so"
if [[ ! -f "$plugin" ]]; then fatal "the build wrote no $plugin"; fi
ok "plugins/example built out of tree against the installed SDK"

# 3. The installed binary accepts it.
rc=0
"$ailit" plugins check "$plugin" >"$tmp/check.log" 2>&1 || rc=$?
if [[ $rc -eq 0 ]] && grep -q '^org\.example\.retail  1\.0\.0  retail  loaded  ' "$tmp/check.log"; then
  ok "ailit plugins check accepts libailit_example.so"
else
  fail "ailit plugins check exited $rc on libailit_example.so (expected 0, loaded)"
  show "$tmp/check.log"
fi

# 4. The installed binary finds its bundled folder, and every bundled plugin loads from it.
rc=0
"$ailit" plugins list --json >"$tmp/list.json" 2>"$tmp/list.err" || rc=$?
if [[ $rc -ne 0 ]]; then
  fail "ailit plugins list exited $rc"
  show "$tmp/list.err"
elif python3 - "$tmp/list.json" "$prefix/lib/ailit/plugins" >"$tmp/list.log" 2>&1 <<'EOF'; then
import json, os, sys
plugins = json.load(open(sys.argv[1]))["plugins"]
folder = os.path.realpath(sys.argv[2])
problems = []
for pid in ("org.ailit.hospital", "org.ailit.municipality", "org.ailit.education",
            "org.ailit.consultancy"):
    entry = [p for p in plugins if p["id"] == pid]
    if not entry:
        problems.append(f"{pid} is not listed")
    elif entry[0]["status"] != "loaded":
        problems.append(f"{pid} is {entry[0]['status']}: {entry[0]['problems']}")
    elif os.path.dirname(os.path.realpath(entry[0]["file"])) != folder:
        problems.append(f"{pid} was loaded from {entry[0]['file']}, not from {folder}")
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
EOF
  ok "ailit plugins list: the four bundled plugins load from <prefix>/lib/ailit/plugins"
else
  fail "ailit plugins list does not show the bundled plugins loaded from the installed folder"
  show "$tmp/list.log"
fi

# 5. A plan with the example plugin, from a folder of its own.
mkdir "$tmp/plugins"
cp "$plugin" "$tmp/plugins/"
rc=0
"$ailit" recommend "$example/profile.json" --plugins "$tmp/plugins" --format json \
  >"$tmp/plan.json" 2>"$tmp/plan.err" || rc=$?
if [[ $rc -ne 0 ]]; then
  fail "ailit recommend plugins/example/profile.json --plugins DIR exited $rc"
  show "$tmp/plan.err"
elif python3 - "$tmp/plan.json" "$example/data/measures.json" >"$tmp/plan.log" 2>&1 <<'EOF'; then
import json, sys
plan = json.load(open(sys.argv[1]))
catalogue = [m["id"] for m in json.load(open(sys.argv[2]))["measures"]]
planned = {m["id"] for m in plan["measures"]}
problems = []
if not any(i.startswith("example.") for i in planned):
    problems.append("no measure with id prefix 'example.' is in the plan")
for i in catalogue:
    if i not in planned:
        problems.append(f"measure {i} of the example catalogue is not in the plan")
entry = [p for p in plan["engine"]["plugins"] if p["id"] == "org.example.retail"]
if not entry:
    problems.append("engine.plugins does not list org.example.retail")
elif entry[0]["applied"] is not True:
    problems.append(f"engine.plugins lists org.example.retail with applied={entry[0]['applied']}")
for w in plan["warnings"]:
    text = w["message"].lower()
    if "plugin" in text and ("fail" in text or "refused" in text):
        problems.append(f"warning: {w['message']}")
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
EOF
  if grep -q 'refused' "$tmp/plan.err"; then
    fail "ailit recommend refused a plugin"
    show "$tmp/plan.err"
  else
    ok "ailit recommend applies org.example.retail: its measures are planned, no plugin failed"
  fi
else
  fail "the plan for plugins/example/profile.json lacks the example plugin's part"
  show "$tmp/plan.log"
fi

# 6. A broken copy: facts.json reads a fact the core does not have.
cp -r "$example" "$tmp/broken"
sed -i 's/"system\.status"/"system.stage"/' "$tmp/broken/data/facts.json"
if ! grep -q '"system.stage"' "$tmp/broken/data/facts.json"; then
  fail "could not break the copy's facts.json (no \"system.status\" in its reads)"
elif ! build_plugin "$tmp/broken" "$tmp/broken-build"; then
  fail "the broken copy does not build (it should build and then be refused)"
  show "$tmp/broken-build.log"
else
  rc=0
  "$ailit" plugins check "$tmp/broken-build/libailit_example.so" >"$tmp/broken.log" 2>&1 || rc=$?
  if [[ $rc -eq 2 ]] && grep -q 'problem: .*"system.stage" is not a core fact' "$tmp/broken.log"; then
    ok "ailit plugins check exits 2 on a plugin that reads an unknown fact, and says:"
    grep 'problem: ' "$tmp/broken.log" | sed 's/^ */    /'
  else
    fail "ailit plugins check exited $rc on the broken copy (expected 2, naming \"system.stage\")"
    show "$tmp/broken.log"
  fi
fi

if [[ $failures -gt 0 ]]; then
  echo "FAIL: $failures check(s) failed"
  exit 1
fi
echo "ok: all checks passed"

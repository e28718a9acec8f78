#!/usr/bin/env bash
# Runs the real `ailit` binary: standard input, exit codes of DESIGN.md §7, help on every command.
# usage: ailit_cli_test.sh AILIT_BINARY REPO_ROOT TEST_PLUGIN_DIR
set -u
ailit=$1
root=$2
test_plugins=$3
failures=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

expect() {  # expect CODE DESCRIPTION COMMAND...
  local want=$1 what=$2
  shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL: $what: exit $got, expected $want"; sed 's/^/  stderr: /' "$tmp/err" | head -5
    failures=$((failures + 1))
  else
    echo "ok: $what"
  fi
}

expect 0 "validate reads standard input" sh -c "'$ailit' validate - < '$root/profiles/education.json'"
expect 2 "validate refuses malformed standard input" sh -c "echo '{\"a\": ' | '$ailit' validate -"
expect 2 "score refuses an invalid profile" "$ailit" score "$root/tests/fixtures/profiles/invalid/$(ls "$root/tests/fixtures/profiles/invalid" | grep -v expected | head -1)"
expect 0 "score works on every example" sh -c "for f in '$root'/profiles/*.json; do case \$f in *schema*) continue;; esac; '$ailit' score --compact \"\$f\" >/dev/null || exit 1; done"
expect 1 "output that cannot be written is an internal failure" sh -c "'$ailit' score '$root/profiles/hospital.json' > /dev/full"
expect 0 "validate reads a pipe given as a file" bash -c "'$ailit' validate <(cat '$root/profiles/consultancy.json')"
expect 2 "validate refuses a directory" "$ailit" validate "$root/profiles"
expect 0 "top-level help" "$ailit" --help
expect 2 "no command" "$ailit"
expect 2 "unknown command" "$ailit" frobnicate
expect 0 "version" "$ailit" version
expect 0 "recommend works on every example in both languages and all formats" sh -c "for f in '$root'/profiles/*.json; do case \$f in *schema*) continue;; esac; for l in en nl; do for fmt in json markdown html; do '$ailit' recommend --lang \$l --format \$fmt \"\$f\" >/dev/null || exit 1; done; done; done"
expect 2 "recommend refuses an invalid profile" "$ailit" recommend "$root/tests/fixtures/profiles/invalid/$(ls "$root/tests/fixtures/profiles/invalid" | grep -v expected | head -1)"
expect 2 "recommend refuses an unknown format" "$ailit" recommend --format pdf "$root/profiles/hospital.json"
expect 2 "recommend refuses --explain outside JSON" "$ailit" recommend --explain --format markdown "$root/profiles/hospital.json"
expect 0 "recommend --explain" "$ailit" recommend --explain --compact "$root/profiles/hospital.json"
grep -q '"explain":\[' "$tmp/out" || { echo "FAIL: --explain adds explain"; failures=$((failures + 1)); }
expect 0 "recommend as markdown" "$ailit" recommend --format markdown "$root/profiles/municipality.json"
head -1 "$tmp/out" | grep -q '^# ' || { echo "FAIL: markdown starts with a heading"; failures=$((failures + 1)); }
expect 0 "recommend as html" "$ailit" recommend --format html "$root/profiles/municipality.json"
grep -qi '^<!doctype html>' "$tmp/out" || { echo "FAIL: html starts with a doctype"; failures=$((failures + 1)); }
expect 2 "batch with a bad line exits 2 and answers every line" sh -c "{ tr -d '\n' < '$root/profiles/hospital.json'; echo; echo 'not json'; tr -d '\n' < '$root/profiles/education.json'; echo; } | '$ailit' batch --threads 2"
[ "$(wc -l < "$tmp/out")" = 3 ] || { echo "FAIL: batch answers each of 3 lines"; failures=$((failures + 1)); }
sed -n 2p "$tmp/out" | grep -q '"line":2' || { echo "FAIL: batch error names line 2"; failures=$((failures + 1)); }
expect 0 "batch of valid lines exits 0" sh -c "tr -d '\n' < '$root/profiles/consultancy.json' | '$ailit' batch"
# Plugins: the bundled folder is found beside the binary; --plugins replaces it.
expect 0 "plugins list finds the four bundled plugins" "$ailit" plugins list
[ "$(grep -c '  loaded  ' "$tmp/out")" = 4 ] || { echo "FAIL: four bundled plugins loaded"; cat "$tmp/out"; failures=$((failures + 1)); }
expect 0 "plugins list --json" "$ailit" plugins list --json
[ "$(grep -o '"status": "loaded"' "$tmp/out" | wc -l)" = 4 ] || { echo "FAIL: JSON lists four loaded plugins"; failures=$((failures + 1)); }
expect 0 "plugins list of the test plugins reports the broken ones" "$ailit" plugins list --plugins "$test_plugins"
grep -q 'problem: built for plugin ABI 2.0' "$tmp/out" || { echo "FAIL: list names the ABI problem"; failures=$((failures + 1)); }
expect 0 "plugins check passes a good plugin" "$ailit" plugins check "$test_plugins/libtest_good.so"
expect 2 "plugins check fails a plugin of another ABI" "$ailit" plugins check "$test_plugins/libtest_wrong_abi.so"
grep -q 'built for plugin ABI 2.0' "$tmp/out" || { echo "FAIL: check says why"; failures=$((failures + 1)); }
expect 2 "plugins check fails a plugin that throws at request time" "$ailit" plugins check "$test_plugins/libtest_derive_throws.so"
grep -q 'derive threw on purpose' "$tmp/out" || { echo "FAIL: check reports the request-time fault"; failures=$((failures + 1)); }
expect 2 "plugins check refuses a missing file" "$ailit" plugins check "$tmp/none.so"
# A plugin that crashes or hangs is checked in a child process: the check reports it and lives.
expect 2 "plugins check survives a plugin that crashes at load" "$ailit" plugins check "$test_plugins/fatal/libtest_crash_at_init.so"
grep -qE '(was killed by signal 11 \(Segmentation fault\)|exited with status [0-9]+ without a result) while loading the plugin' "$tmp/err" || { echo "FAIL: check names the signal and the stage"; cat "$tmp/err"; failures=$((failures + 1)); }
expect 2 "plugins check stops a plugin that hangs at load" "$ailit" plugins check --timeout 1 "$test_plugins/fatal/libtest_hang_at_init.so"
grep -q 'did not finish within 1 s and was stopped while loading the plugin' "$tmp/err" || { echo "FAIL: check says the plugin hung, and where"; cat "$tmp/err"; failures=$((failures + 1)); }
expect 2 "plugins check refuses a plugin whose document is not JSON" "$ailit" plugins check "$test_plugins/libtest_garbage_document.so"
grep -q 'libtest_garbage_document.so:facts.json: not a valid JSON value' "$tmp/out" || { echo "FAIL: check names the document that is not JSON"; cat "$tmp/out"; failures=$((failures + 1)); }
expect 2 "plugins check fails a plugin slower than the call budget" "$ailit" plugins check "$test_plugins/libtest_slow_derive.so"
grep -q 'over its budget of 100 ms' "$tmp/out" || { echo "FAIL: check reports the plugin over its budget"; cat "$tmp/out"; failures=$((failures + 1)); }
expect 2 "plugins check refuses a bad --timeout" "$ailit" plugins check --timeout 0 "$test_plugins/libtest_good.so"
expect 2 "plugins without a subcommand" "$ailit" plugins
expect 2 "a --plugins folder that does not exist" "$ailit" recommend --plugins "$tmp/none" "$root/profiles/municipality.json"
expect 0 "recommend uses the bundled municipality plugin" "$ailit" recommend --compact "$root/profiles/municipality.json"
grep -q '"id":"municipality\.' "$tmp/out" || { echo "FAIL: the municipality plan carries the plugin's measures"; failures=$((failures + 1)); }
mkdir -p "$tmp/empty"
expect 0 "recommend with an empty plugin folder" "$ailit" recommend --compact --plugins "$tmp/empty" "$root/profiles/municipality.json"
grep -q '"id":"municipality\.' "$tmp/out" && { echo "FAIL: no plugin measures without plugins"; failures=$((failures + 1)); }
grep -q 'no sector plugin serves "municipality"' "$tmp/err" || { echo "FAIL: warns that no plugin serves the sector"; failures=$((failures + 1)); }

expect 2 "serve refuses a port out of range" "$ailit" serve --port 70000
expect 2 "serve refuses an unknown log level" "$ailit" serve --log-level loud
expect 1 "serve fails on a port that is taken" sh -c "'$ailit' serve --port 0 > '$tmp/first' & pid=\$!; for i in 1 2 3 4 5 6 7 8 9 10; do grep -q listening '$tmp/first' && break; sleep 0.3; done; port=\$(sed -n 's/.*://p' '$tmp/first'); '$ailit' serve --port \$port; code=\$?; kill \$pid; wait \$pid; exit \$code"

for command in validate score recommend batch "rules eval" plugins serve; do
  # shellcheck disable=SC2086
  expect 0 "$command --help" "$ailit" $command --help
  if ! grep -q "usage: ailit $command" "$tmp/out"; then
    echo "FAIL: $command --help prints no usage line"; failures=$((failures + 1))
  fi
done
grep -q '"valid": true' <("$ailit" validate "$root/profiles/hospital.json" 2>/dev/null) ||
  { echo "FAIL: validate prints valid: true"; failures=$((failures + 1)); }

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all CLI checks passed"

#!/usr/bin/env bash
# Runs the real `ailit` binary: standard input, exit codes of DESIGN.md §7, help on every command.
# usage: ailit_cli_test.sh AILIT_BINARY REPO_ROOT
set -u
ailit=$1
root=$2
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
for command in validate score "rules eval"; do
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

#!/usr/bin/python3
"""Checks profiles/profile.schema.json against the example profiles and the profile fixtures.

Usage: /usr/bin/python3 tests/schema/check_profiles.py REPO_ROOT

Run it with Debian's /usr/bin/python3: it needs the python3-jsonschema package (4.10), which a
pyenv or virtualenv python on PATH usually lacks.

What it checks, printing one line per file and exiting 1 on any discrepancy:
  1. the schema is a valid JSON Schema draft 2020-12 and every property in it has a description;
  2. every profiles/*.json (except the schema) is valid: it parses strictly, passes the schema,
     has no unknown keys and breaks none of the rules only the engine checks (unique ids,
     used_by naming existing groups, nesting, string and input size, exact id syntax);
  3. every tests/fixtures/profiles/invalid/*.json parses, fails the schema with exactly one error,
     and that error sits at (or above) the pointer expected.json gives for it;
  4. invalid/ and engine_only/ each have an expected.json that lists exactly their files, with
     well-formed JSON Pointers that exist in the document where it can be parsed.
For engine_only/ it reports, as information only, whether the schema path (strict parse +
schema) rejects each file or only the engine can.

"Strict parse" mirrors the engine's reader: UTF-8 only (a leading byte-order mark is skipped, as
the engine does), duplicate keys and NaN/Infinity refused.
"""

import json
import re
import sys
from pathlib import Path

try:
    from jsonschema import Draft202012Validator
except ImportError:  # pragma: no cover - environment problem, not a check failure
    sys.stderr.write("check_profiles.py: the jsonschema module is missing; run with /usr/bin/python3 "
                     "(Debian package python3-jsonschema)\n")
    sys.exit(2)

MAX_INPUT_BYTES = 4 * 1024 * 1024
MAX_DEPTH = 32  # objects and arrays; the whole document counts as level 1
MAX_STRING_BYTES = 4096
ID_RE = re.compile(r"[A-Za-z0-9_.-]{1,64}")  # used with fullmatch: no trailing-newline loophole


class ParseError(Exception):
    """The text is not JSON the engine accepts."""


def _no_duplicate_keys(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise ParseError(f'key "{key}" appears twice in the same object')
        seen[key] = value
    return seen


def _no_constants(name):
    raise ParseError(f"{name} is not JSON")


def strict_load(path):
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ParseError(f"invalid UTF-8 at byte {e.start}") from None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants)
    except json.JSONDecodeError as e:
        raise ParseError(f"not JSON: {e}") from None


def escape_token(token):
    return str(token).replace("~", "~0").replace("/", "~1")


def to_pointer(path):
    return "".join("/" + escape_token(p) for p in path)


def is_pointer(text):
    return isinstance(text, str) and (text == "" or text.startswith("/"))


def pointer_tokens(pointer):
    if pointer == "":
        return []
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer[1:].split("/")]


def resolves(doc, pointer):
    node = doc
    for token in pointer_tokens(pointer):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return False
    return True


def is_prefix(ancestor, pointer):
    a, p = pointer_tokens(ancestor), pointer_tokens(pointer)
    return p[: len(a)] == a


# ---------------------------------------------------------------- the schema, walked by hand


def deref(schema, node):
    """Follows a local $ref, merging the referring node's own keywords over the target."""
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"only local $refs are supported here, found {ref}")
        target = schema
        for token in pointer_tokens(ref[1:]):
            target = target[token]
        merged = dict(target)
        merged.update({k: v for k, v in node.items() if k != "$ref"})
        node = merged
    return node


def undescribed_properties(schema):
    """Pointers (into the schema) of properties that have no description."""
    missing = []

    def walk(node, where):
        if isinstance(node, dict):
            for name, sub in node.get("properties", {}).items():
                if "description" not in deref(schema, sub):
                    missing.append(f"{where}/properties/{escape_token(name)}")
            for key, value in node.items():
                walk(value, f"{where}/{escape_token(key)}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}/{i}")

    walk(schema, "#")
    return missing


def unknown_keys(schema, doc):
    """Pointers of keys the schema does not declare (allowed, but not in our examples)."""
    found = []

    def walk(value, node, where):
        node = deref(schema, node) if isinstance(node, dict) else {}
        if isinstance(value, dict):
            props = node.get("properties", {})
            for key, sub in value.items():
                if key not in props:
                    found.append(f"{where}/{escape_token(key)}")
                else:
                    walk(sub, props[key], f"{where}/{escape_token(key)}")
        elif isinstance(value, list) and isinstance(node.get("items"), dict):
            for i, sub in enumerate(value):
                walk(sub, node["items"], f"{where}/{i}")

    walk(doc, schema, "")
    return found


# ------------------------------------------------ rules JSON Schema cannot state (engine-only)


def engine_rule_problems(path, doc):
    """The contract rules only the engine enforces, for a document that parsed strictly."""
    problems = []
    if path.stat().st_size > MAX_INPUT_BYTES:
        problems.append(("", f"input is larger than {MAX_INPUT_BYTES} bytes"))

    def walk(value, where, depth):
        if isinstance(value, (dict, list)):
            if depth > MAX_DEPTH:
                problems.append((where, f"nested more than {MAX_DEPTH} levels deep"))
                return
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, sub in items:
                if isinstance(key, str):
                    check_string(key, where, "a field name")
                walk(sub, f"{where}/{escape_token(key)}", depth + 1)
        elif isinstance(value, str):
            check_string(value, where, "text")

    def check_string(text, where, what):
        try:
            size = len(text.encode("utf-8"))
        except UnicodeEncodeError:
            problems.append((where, f"{what} contains a lone surrogate (\\u escape), not Unicode"))
            return
        if size > MAX_STRING_BYTES:
            problems.append((where, f"{what} is {size} bytes, more than {MAX_STRING_BYTES}"))

    walk(doc, "", 1)
    if not isinstance(doc, dict):
        return problems

    def check_id(value, where):
        if isinstance(value, str) and not ID_RE.fullmatch(value):
            problems.append((where, f"{value!r} is not an id (exact match of [A-Za-z0-9_.-]{{1,64}})"))

    org = doc.get("organisation")
    if isinstance(org, dict):
        check_id(org.get("sector"), "/organisation/sector")
    systems = doc.get("ai_systems") if isinstance(doc.get("ai_systems"), list) else []
    groups = doc.get("staff_groups") if isinstance(doc.get("staff_groups"), list) else []
    measures = doc.get("implemented_measures")
    if isinstance(measures, list):
        for i, m in enumerate(measures):
            check_id(m, f"/implemented_measures/{i}")

    def index(items, list_name):
        ids = {}
        for i, item in enumerate(items):
            if not isinstance(item, dict) or not isinstance(item.get("id"), str):
                continue
            check_id(item["id"], f"/{list_name}/{i}/id")
            if item["id"] in ids:
                problems.append((f"/{list_name}/{i}/id",
                                 f'id "{item["id"]}" already used by /{list_name}/{ids[item["id"]]}'))
            else:
                ids[item["id"]] = i
        return ids

    index(systems, "ai_systems")
    group_ids = index(groups, "staff_groups")
    for s, system in enumerate(systems):
        used_by = system.get("used_by") if isinstance(system, dict) else None
        if not isinstance(used_by, list):
            continue
        for u, gid in enumerate(used_by):
            where = f"/ai_systems/{s}/used_by/{u}"
            check_id(gid, where)
            if isinstance(gid, str) and groups and gid not in group_ids:
                problems.append((where, f'staff group "{gid}" does not exist'))
    return problems


# ------------------------------------------------------------------------------------ main


class Report:
    def __init__(self):
        self.failures = 0

    def ok(self, name, note=""):
        print(f"ok    {name}" + (f"  ({note})" if note else ""))

    def fail(self, name, why):
        self.failures += 1
        print(f"FAIL  {name}: {why}")

    def info(self, name, note):
        print(f"info  {name}: {note}")


def load_expected(report, directory, label):
    """Reads DIR/expected.json and checks it lists exactly the fixture files of DIR."""
    files = sorted(p for p in directory.glob("*.json") if p.name != "expected.json")
    expected_path = directory / "expected.json"
    try:
        expected = strict_load(expected_path)
    except (OSError, ParseError) as e:
        report.fail(f"{label}/expected.json", f"cannot read: {e}")
        return files, {}
    if not isinstance(expected, dict):
        report.fail(f"{label}/expected.json", "must be an object {file: [pointer, ...]}")
        return files, {}
    names = {p.name for p in files}
    good = True
    for name in sorted(names - expected.keys()):
        report.fail(f"{label}/{name}", "not listed in expected.json")
        good = False
    for name in sorted(expected.keys() - names):
        report.fail(f"{label}/expected.json", f'lists "{name}", which does not exist')
        good = False
    for name, pointers in sorted(expected.items()):
        if not (isinstance(pointers, list) and pointers and all(is_pointer(p) for p in pointers)):
            report.fail(f"{label}/expected.json", f'"{name}" needs a non-empty list of JSON Pointers')
            good = False
    if good:
        report.ok(f"{label}/expected.json", f"{len(files)} files listed")
    return files, expected


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: /usr/bin/python3 tests/schema/check_profiles.py REPO_ROOT\n")
        return 2
    root = Path(argv[1])
    report = Report()

    # 1. The schema itself.
    schema_path = root / "profiles" / "profile.schema.json"
    try:
        schema = strict_load(schema_path)
        Draft202012Validator.check_schema(schema)
    except Exception as e:  # ParseError, SchemaError, OSError
        report.fail("profiles/profile.schema.json", f"not a valid draft 2020-12 schema: {e}")
        print("1 failure: cannot go on without a schema")
        return 1
    missing = undescribed_properties(schema)
    if missing:
        report.fail("profiles/profile.schema.json", "properties without a description: " +
                    ", ".join(missing))
    else:
        report.ok("profiles/profile.schema.json", "valid draft 2020-12, every property described")
    validator = Draft202012Validator(schema)

    # 2. Example profiles: valid everywhere.
    examples = sorted(p for p in (root / "profiles").glob("*.json") if p.name != schema_path.name)
    if not examples:
        report.fail("profiles/", "no example profiles found")
    for path in examples:
        name = f"profiles/{path.name}"
        try:
            doc = strict_load(path)
        except ParseError as e:
            report.fail(name, str(e))
            continue
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
        problems = [f"{to_pointer(e.absolute_path) or '(root)'}: {e.message}" for e in errors]
        problems += [f"{p or '(root)'}: {m} (engine rule)" for p, m in engine_rule_problems(path, doc)]
        problems += [f"{p}: unknown key (allowed, but not in an example)"
                     for p in unknown_keys(schema, doc)]
        if problems:
            report.fail(name, "; ".join(problems))
        else:
            systems = len(doc.get("ai_systems", []))
            report.ok(name, f"{len(doc['staff_groups'])} staff groups, {systems} AI systems")

    # 3. Invalid fixtures: each fails the schema once, where expected.json says.
    fixtures = root / "tests" / "fixtures" / "profiles"
    label = "tests/fixtures/profiles/invalid"
    files, expected = load_expected(report, fixtures / "invalid", label)
    if not files:
        report.fail(label, "no invalid fixtures found")
    for path in files:
        name = f"{label}/{path.name}"
        try:
            doc = strict_load(path)
        except ParseError as e:
            report.fail(name, f"must be well-formed JSON that only the schema rejects, but: {e}")
            continue
        errors = list(validator.iter_errors(doc))
        want = expected.get(path.name, [])
        if not errors:
            report.fail(name, "passes the schema but must fail it")
            continue
        got = [to_pointer(e.absolute_path) for e in errors]
        if len(errors) != 1:
            report.fail(name, f"must break exactly one rule, the schema reports {len(errors)}: " +
                        "; ".join(f"{p or '(root)'}: {e.message}" for p, e in zip(got, errors)))
            continue
        unresolved = [p for p in want if not resolves(doc, p)]
        if unresolved:
            report.fail(name, f"expected pointer {unresolved[0]!r} does not exist in the document")
            continue
        if want and not any(is_prefix(got[0], p) for p in want):
            report.fail(name, f"schema reports {got[0] or '(root)'} ({errors[0].message}), "
                        f"expected.json says {want}")
            continue
        where = want[0] if want else got[0]
        message = errors[0].message
        if errors[0].validator == "enum":
            message = f"{errors[0].instance!r} is not one of the allowed values"
        elif len(message) > 100:  # messages that quote a whole object
            message = f"fails {errors[0].validator!r}: {errors[0].validator_value!r}"
        note = f"{where or '(root)'}: {message}"
        if want and got[0] != want[0]:
            note += f" [schema points at the enclosing {got[0] or '(root)'}]"
        report.ok(name, note)

    # 4. Engine-only fixtures: information, plus a well-formed expected.json.
    label = "tests/fixtures/profiles/engine_only"
    files, expected = load_expected(report, fixtures / "engine_only", label)
    if not files:
        report.fail(label, "no engine_only fixtures found")
    schema_rejects, engine_only = [], []
    for path in files:
        name = f"{label}/{path.name}"
        want = expected.get(path.name, [])
        try:
            doc = strict_load(path)
        except ParseError as e:
            schema_rejects.append(path.name)
            report.info(name, f"schema path rejects it at parse time ({e}); engine must report {want}")
            continue
        unresolved = [p for p in want if not resolves(doc, p)]
        if unresolved:
            report.fail(name, f"expected pointer {unresolved[0]!r} does not exist in the document")
            continue
        errors = list(validator.iter_errors(doc))
        if errors:
            schema_rejects.append(path.name)
            report.info(name, "schema rejects it: " + "; ".join(
                f"{to_pointer(e.absolute_path) or '(root)'}: {e.message}" for e in errors)[:160])
            continue
        engine_only.append(path.name)
        caught = [p for p, _ in engine_rule_problems(path, doc)]
        how = ("this script's engine-rule check reports " + ", ".join(repr(p) for p in caught)
               if caught else "this script's engine-rule check misses it too")
        report.info(name, f"schema accepts it, only the engine can reject it ({how}); "
                    f"engine must report {want}")
    print(f"info  engine_only summary: schema path rejects {len(schema_rejects)} "
          f"({', '.join(schema_rejects) or '-'}); only the engine rejects {len(engine_only)} "
          f"({', '.join(engine_only) or '-'})")

    if report.failures:
        print(f"{report.failures} discrepanc{'y' if report.failures == 1 else 'ies'}")
        return 1
    print("all profile checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

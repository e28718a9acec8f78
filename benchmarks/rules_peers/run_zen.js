#!/usr/bin/env node
// Evaluates a json-rules-engine rules array on NDJSON fact sets with GoRules ZEN
// (@gorules/zen-engine), after translating the pack into an equivalent JSON Decision Model:
// one decision table, hit policy "collect", one row per rule in pack order. Prints what
// `ailit rules eval` prints (one JSON array of fired rule names per line) and with --stats one
// JSON object on stderr:
//   {"fact_sets", "load_seconds", "parse_seconds", "eval_seconds", "zen_seconds"}
// eval_seconds is the time spent inside `await decision.evaluate(facts)`; zen_seconds is the sum
// of the `performance` figure ZEN reports for each evaluation (its own timer); parse_seconds is
// JSON.parse of the lines plus turning dotted fact names into nested objects; load_seconds is
// translating the pack and ZenEngine.createDecision.
//
//   node run_zen.js --rules pack.json --facts facts.ndjson [--stats] [--jdm decision.json]
//
// The translation (see README.md, "The ZEN decision"):
// - Table layout. The table has expression-mode input columns (no `field`, so each cell is a
//   full ZEN expression; an empty cell holds). A rule whose root is `all` puts each of its
//   top-level conditions in its own column (the columns of a row are ANDed, as in any decision
//   table); a rule whose root is `any` (or `not`) puts its whole condition in the first column.
//   The one output column `id` holds the rule's name, so the collect result is the list of
//   fired rules in row order = pack order.
// - Facts. ZEN reads `organisation.sector` as member `sector` of `organisation`, so the runner
//   nests the dotted fact names of each fact set ({"a.b": 1} -> {"a": {"b": 1}}); a missing fact
//   reads as null.
// - Conditions. all -> `(x and y)`, any -> `(x or y)`, not -> `not (x)`, an empty all/any -> true
//   (json-rules-engine: both hold). Leaves, with f the fact and c the constant:
//     equal            f == c                 (null == c is false: a missing fact equals nothing)
//     notEqual         f != c                 (a missing fact is notEqual to every constant)
//     lessThan ...     (f != null and f < c)  (ZEN fails the whole cell when comparing null with
//                                              a number; `and` short-circuits, so the guard keeps
//                                              a missing fact false without killing an `any`)
//     in               f in [c1, c2]          (null is in no list)
//     notIn            not (f in [c1, c2])    (a missing fact is notIn every list)
//     contains         (f != null and c in f)
//     doesNotContain   (f != null and not (c in f))   (false for a missing fact, as in
//                                                       json-rules-engine and ailit)
//   These are exact for facts of the catalogue's types (numbers for the numeric operators,
//   arrays for contains/doesNotContain, or missing), which is what generate.js produces.
//   JavaScript's coercions across types (parseFloat of text, "10" < "9" as text, contains on a
//   non-array) are not reproduced; a pack that relies on them would need type() guards. The run
//   checks that all engines fire the same rules on every line, so a gap would show.
//   Anything else (paths, a fact as the value, other operators, non-scalar constants) is refused.
'use strict';

const fs = require('fs');
const { ZenEngine } = require('@gorules/zen-engine');
const { main } = require('./runner');

// ---- translation -----------------------------------------------------------------------------

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function factExpression(name, where) {
  const parts = name.split('.');
  if (!parts.every((p) => IDENTIFIER.test(p))) throw new Error(`${where}: fact "${name}" is not a dotted identifier`);
  return parts.join('.');
}

function literal(value, where) {
  if (typeof value === 'string') {
    if (/['"\\\n\r]/.test(value)) throw new Error(`${where}: text with quotes or backslashes is not translated`);
    return `'${value}'`;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${where}: non-finite number`);
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  throw new Error(`${where}: constant ${JSON.stringify(value)} is not a string, number or boolean`);
}

function listLiteral(value, where) {
  if (!Array.isArray(value)) throw new Error(`${where}: in/notIn needs an array constant`);
  return `[${value.map((v, i) => literal(v, `${where}/value/${i}`)).join(', ')}]`;
}

const COMPARE = { lessThan: '<', lessThanInclusive: '<=', greaterThan: '>', greaterThanInclusive: '>=' };

function leafExpression(c, where) {
  for (const key of Object.keys(c)) {
    if (!['fact', 'operator', 'value', 'priority', 'name'].includes(key)) throw new Error(`${where}: "${key}" is not translated`);
  }
  if (typeof c.fact !== 'string') throw new Error(`${where}: missing fact`);
  if (c.value !== null && typeof c.value === 'object' && !Array.isArray(c.value)) throw new Error(`${where}: a fact as the value is not translated`);
  const f = factExpression(c.fact, `${where}/fact`);
  switch (c.operator) {
    case 'equal': return `${f} == ${literal(c.value, where)}`;
    case 'notEqual': return `${f} != ${literal(c.value, where)}`;
    case 'lessThan': case 'lessThanInclusive': case 'greaterThan': case 'greaterThanInclusive':
      if (typeof c.value !== 'number') throw new Error(`${where}: ${c.operator} with a non-number constant is not translated`);
      return `(${f} != null and ${f} ${COMPARE[c.operator]} ${literal(c.value, where)})`;
    case 'in': return `${f} in ${listLiteral(c.value, where)}`;
    case 'notIn': return `not (${f} in ${listLiteral(c.value, where)})`;
    case 'contains': return `(${f} != null and ${literal(c.value, where)} in ${f})`;
    case 'doesNotContain': return `(${f} != null and not (${literal(c.value, where)} in ${f}))`;
    default: throw new Error(`${where}: operator "${c.operator}" is not translated`);
  }
}

function conditionExpression(c, where) {
  if (c === null || typeof c !== 'object' || Array.isArray(c)) throw new Error(`${where}: not a condition object`);
  if (Array.isArray(c.all) || Array.isArray(c.any)) {
    const op = c.all ? 'all' : 'any';
    const list = c[op];
    if (list.length === 0) return 'true';  // json-rules-engine: an empty all and an empty any both hold
    const parts = list.map((x, i) => conditionExpression(x, `${where}/${op}/${i}`));
    return parts.length === 1 ? parts[0] : `(${parts.join(op === 'all' ? ' and ' : ' or ')})`;
  }
  if (c.not !== undefined) return `not (${conditionExpression(c.not, `${where}/not`)})`;
  if (c.condition !== undefined) throw new Error(`${where}: shared conditions are not translated`);
  return leafExpression(c, where);
}

function ruleName(rule) {
  return rule.id !== undefined ? rule.id : rule.name !== undefined ? rule.name : rule.event && rule.event.type;
}

function translate(rules) {
  if (!Array.isArray(rules)) throw new Error('the pack must be a json-rules-engine rules array');
  const rows = [];
  let columns = 1;
  rules.forEach((rule, r) => {
    const where = `/${r}/conditions`;
    const name = ruleName(rule);
    if (typeof name !== 'string') throw new Error(`/${r}: a rule needs a name`);
    const root = rule.conditions;
    let cells;
    if (root && Array.isArray(root.all) && root.all.length > 0) {
      cells = root.all.map((x, i) => conditionExpression(x, `${where}/all/${i}`));
    } else {
      cells = [conditionExpression(root, where)];
    }
    columns = Math.max(columns, cells.length);
    rows.push({ name, cells });
  });
  const inputs = [];
  for (let i = 0; i < columns; ++i) inputs.push({ id: `c${i}`, name: `condition ${i + 1}` });
  const tableRules = rows.map((row, r) => {
    const cellsById = { _id: `r${r}` };
    for (let i = 0; i < columns; ++i) cellsById[`c${i}`] = row.cells[i] || '';
    cellsById.out_id = literal(row.name, `/${r}/name`);
    return cellsById;
  });
  return {
    nodes: [
      { id: 'request', type: 'inputNode', name: 'Request', position: { x: 0, y: 0 } },
      {
        id: 'rules', type: 'decisionTableNode', name: 'rules', position: { x: 300, y: 0 },
        content: {
          hitPolicy: 'collect',
          inputs,
          outputs: [{ id: 'out_id', name: 'rule id', field: 'id' }],
          rules: tableRules,
        },
      },
      { id: 'response', type: 'outputNode', name: 'Response', position: { x: 600, y: 0 } },
    ],
    edges: [
      { id: 'e1', sourceId: 'request', targetId: 'rules', type: 'edge' },
      { id: 'e2', sourceId: 'rules', targetId: 'response', type: 'edge' },
    ],
  };
}

// {"a.b": 1, "a.c": 2, "d": 3} -> {"a": {"b": 1, "c": 2}, "d": 3}
function nest(flat, line) {
  const root = {};
  for (const key of Object.keys(flat)) {
    const parts = key.split('.');
    let node = root;
    for (let i = 0; i < parts.length - 1; ++i) {
      const p = parts[i];
      if (node[p] === undefined) node[p] = {};
      else if (node[p] === null || typeof node[p] !== 'object' || Array.isArray(node[p])) throw new Error(`line ${line}: fact "${key}" clashes with another fact`);
      node = node[p];
    }
    const last = parts[parts.length - 1];
    if (node[last] !== undefined) throw new Error(`line ${line}: fact "${key}" clashes with another fact`);
    node[last] = flat[key];
  }
  return root;
}

// ZEN's own timer, e.g. "812.3µs", "1.2ms", "950ns", "1.01s"
function performanceSeconds(text) {
  const m = /^([0-9.]+)\s*(ns|µs|us|ms|s)$/.exec(String(text).trim());
  if (!m) throw new Error(`unexpected ZEN performance figure "${text}"`);
  const scale = { ns: 1e-9, µs: 1e-6, us: 1e-6, ms: 1e-3, s: 1 }[m[2]];
  return Number(m[1]) * scale;
}

main('run_zen.js', {
  options: ['--jdm'],
  load(rules, args) {
    const jdm = translate(rules);
    const engine = new ZenEngine();
    const decision = engine.createDecision(jdm);
    if (args.jdm) fs.writeFileSync(args.jdm, JSON.stringify(jdm, null, 1) + '\n');
    return { engine, decision };
  },
  parse: (line, lineNumber) => nest(JSON.parse(line), lineNumber),
  evaluate: ({ decision }, facts) => decision.evaluate(facts),
  names(response, _engine, lineNumber, extra) {
    extra.zen_seconds = (extra.zen_seconds || 0) + performanceSeconds(response.performance);
    const result = response.result;
    if (!Array.isArray(result)) throw new Error(`line ${lineNumber}: ZEN returned ${JSON.stringify(result)} instead of an array`);
    return result.map((row) => row.id);
  },
  finish: ({ engine }) => engine.dispose(),
});

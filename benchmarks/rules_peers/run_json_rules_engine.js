#!/usr/bin/env node
// Evaluates a json-rules-engine rules array on NDJSON fact sets with json-rules-engine itself,
// printing what `ailit rules eval` prints (runner.js). eval_seconds is the time spent inside
// `await engine.run(facts)` only; parse_seconds is JSON.parse of the lines; load_seconds is
// building the Engine from the pack.
//
//   node run_json_rules_engine.js --rules pack.json --facts facts.ndjson [--stats] > fired.ndjson
'use strict';

const { Engine } = require('json-rules-engine');
const { main } = require('./runner');

// A rule is named as ailit names it: its name, else its event type (an `id` field is not a
// json-rules-engine field, so the generator uses `name`).
const nameOf = (r) => (r.name !== undefined ? r.name : r.event && r.event.type);

main('run_json_rules_engine.js', {
  load(rules) {
    // allowUndefinedFacts: a missing fact is undefined instead of an error, which is what ailit
    // implements (docs/rules.md, "Where ailit differs from json-rules-engine").
    const engine = new Engine(rules, { allowUndefinedFacts: true });
    // json-rules-engine reports results in completion order; ailit prints pack order.
    const order = new Map(rules.map((r, i) => [nameOf(r), i]));
    return { engine, byPackOrder: (a, b) => order.get(a) - order.get(b) };
  },
  evaluate: ({ engine }, facts) => engine.run(facts),
  names: ({ results }, { byPackOrder }) => results.map(nameOf).sort(byPackOrder),
});

#!/usr/bin/env node
// Evaluates a json-rules-engine rules array on NDJSON fact sets with json-rules-engine itself,
// printing what `ailit rules eval` prints: one JSON array of fired rule names per line, in pack
// order, and with --stats one JSON object on stderr:
//   {"fact_sets", "load_seconds", "parse_seconds", "eval_seconds"}
// eval_seconds is the time spent inside `await engine.run(facts)` only; parse_seconds is
// JSON.parse of the lines; load_seconds is building the Engine from the pack.
//
//   node run_json_rules_engine.js --rules pack.json --facts facts.ndjson [--stats] > fired.ndjson
'use strict';

const fs = require('fs');
const { Engine } = require('json-rules-engine');

function parseArgs(argv) {
  const args = { rules: null, facts: null, stats: false };
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === '--stats') args.stats = true;
    else if ((argv[i] === '--rules' || argv[i] === '--facts') && i + 1 < argv.length) args[argv[i].slice(2)] = argv[++i];
    else throw new Error(`usage: run_json_rules_engine.js --rules PACK --facts FACTS.ndjson [--stats] (bad: ${argv[i]})`);
  }
  if (!args.rules || !args.facts) throw new Error('run_json_rules_engine.js: --rules and --facts are required');
  return args;
}

const seconds = (ns) => Number(ns) / 1e9;

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const rules = JSON.parse(fs.readFileSync(args.rules, 'utf8'));

  const t0 = process.hrtime.bigint();
  // allowUndefinedFacts: a missing fact is undefined instead of an error, which is what ailit
  // implements (docs/rules.md, "Where ailit differs from json-rules-engine").
  const engine = new Engine(rules, { allowUndefinedFacts: true });
  const loadNs = process.hrtime.bigint() - t0;

  // json-rules-engine reports results in completion order; ailit prints pack order. A rule is
  // named as ailit names it: its name, else its event type (an `id` field is not a
  // json-rules-engine field, so the generator uses `name`).
  const nameOf = (r) => (r.name !== undefined ? r.name : r.event && r.event.type);
  const order = new Map(rules.map((r, i) => [nameOf(r), i]));
  const byPackOrder = (a, b) => order.get(a) - order.get(b);

  const text = fs.readFileSync(args.facts, 'utf8');
  const lines = text.split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();

  const out = new Array(lines.length);
  let parseNs = 0n;
  let evalNs = 0n;
  for (let i = 0; i < lines.length; ++i) {
    const p0 = process.hrtime.bigint();
    const facts = JSON.parse(lines[i]);
    const p1 = process.hrtime.bigint();
    const { results } = await engine.run(facts);
    evalNs += process.hrtime.bigint() - p1;
    parseNs += p1 - p0;
    out[i] = JSON.stringify(results.map(nameOf).sort(byPackOrder));
  }
  process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
  if (args.stats) {
    process.stderr.write(JSON.stringify({
      fact_sets: lines.length,
      load_seconds: seconds(loadNs),
      parse_seconds: seconds(parseNs),
      eval_seconds: seconds(evalNs),
    }) + '\n');
  }
}

main().catch((e) => {
  process.stderr.write(`run_json_rules_engine.js: ${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});

#!/usr/bin/env node
// The baseline DESIGN.md section 8 names beside the engines: the plain JavaScript a programmer
// would write instead of using a rules engine, one `if` per rule over the fact object. Writing
// 200 such rules by hand is what this script spares: it turns the pack into exactly that code
// (one function of straight-line comparisons per rule, compiled once by V8) and runs it over the
// fact sets. The comparisons are json-rules-engine's own operators, undefined facts included, so
// the outcomes must equal the engines'. Output and --stats as run_json_rules_engine.js.
//
//   node run_js_loop.js --rules pack.json --facts facts.ndjson [--stats] > fired.ndjson
'use strict';

const fs = require('fs');

function parseArgs(argv) {
  const args = { rules: null, facts: null, stats: false };
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === '--stats') args.stats = true;
    else if ((argv[i] === '--rules' || argv[i] === '--facts') && i + 1 < argv.length) args[argv[i].slice(2)] = argv[++i];
    else throw new Error(`usage: run_js_loop.js --rules PACK --facts FACTS.ndjson [--stats] (bad: ${argv[i]})`);
  }
  if (!args.rules || !args.facts) throw new Error('run_js_loop.js: --rules and --facts are required');
  return args;
}

const seconds = (ns) => Number(ns) / 1e9;

// json-rules-engine's operators as JavaScript expressions over `a` (the fact) and a literal
// (the rule's value). Numeric operators refuse what parseFloat cannot read, as its validators
// do; contains and doesNotContain refuse a fact that is not an array.
function leafCode(leaf) {
  const a = `f[${JSON.stringify(leaf.fact)}]`;
  const b = JSON.stringify(leaf.value);
  const number = `!Number.isNaN(Number.parseFloat(${a}))`;
  switch (leaf.operator) {
    case 'equal': return `(${a} === ${b})`;
    case 'notEqual': return `(${a} !== ${b})`;
    case 'lessThan': return `(${number} && ${a} < ${b})`;
    case 'lessThanInclusive': return `(${number} && ${a} <= ${b})`;
    case 'greaterThan': return `(${number} && ${a} > ${b})`;
    case 'greaterThanInclusive': return `(${number} && ${a} >= ${b})`;
    case 'in': return `(${b}.includes(${a}))`;
    case 'notIn': return `(!${b}.includes(${a}))`;
    case 'contains': return `(Array.isArray(${a}) && ${a}.includes(${b}))`;
    case 'doesNotContain': return `(Array.isArray(${a}) && !${a}.includes(${b}))`;
    default: throw new Error(`run_js_loop.js: operator ${leaf.operator} is not one the generator writes`);
  }
}

function conditionCode(c) {
  if (c.all) return c.all.length ? `(${c.all.map(conditionCode).join(' && ')})` : 'true';
  if (c.any) return c.any.length ? `(${c.any.map(conditionCode).join(' || ')})` : 'false';
  if (c.not) return `(!${conditionCode(c.not)})`;
  return leafCode(c);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const rules = JSON.parse(fs.readFileSync(args.rules, 'utf8'));

  const t0 = process.hrtime.bigint();
  const nameOf = (r) => (r.name !== undefined ? r.name : r.event && r.event.type);
  // Rules in pack order, so the fired names come out in the order ailit prints them.
  const body = ['const fired = [];'];
  rules.forEach((r, i) => body.push(`if (${conditionCode(r.conditions)}) fired.push(names[${i}]);`));
  body.push('return fired;');
  const evaluate = new Function('f', 'names', body.join('\n'));
  const names = rules.map(nameOf);
  const loadNs = process.hrtime.bigint() - t0;

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
    const fired = evaluate(facts, names);
    evalNs += process.hrtime.bigint() - p1;
    parseNs += p1 - p0;
    out[i] = JSON.stringify(fired);
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
  process.stderr.write(`run_js_loop.js: ${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});

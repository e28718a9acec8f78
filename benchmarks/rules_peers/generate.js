#!/usr/bin/env node
// Generates the shared input of the peer benchmark (benchmarks/rules_peers/run.sh):
//   OUT/pack.json     a plain json-rules-engine rules array (what ailit rules eval and
//                     json-rules-engine both read): N rules, 2-4 conditions each, nested all/any
//   OUT/facts.ndjson  fact sets, one JSON object per line, named like the profile facts
//                     (docs/rules.md "Facts from a profile"), about 10% of the facts missing
// Everything comes from one seeded PRNG, so the same --seed gives byte-identical files.
//
//   node generate.js --out DIR [--rules 200] [--sets 10000] [--seed 1]
'use strict';

const fs = require('fs');
const path = require('path');

function parseArgs(argv) {
  const args = { out: null, rules: 200, sets: 10000, seed: 1 };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in args) || i + 1 >= argv.length) throw new Error(`usage: generate.js --out DIR [--rules N] [--sets N] [--seed N] (bad: ${argv[i]})`);
    args[key] = key === 'out' ? argv[i + 1] : Number(argv[i + 1]);
  }
  if (!args.out) throw new Error('generate.js: --out DIR is required');
  for (const k of ['rules', 'sets', 'seed']) {
    if (!Number.isInteger(args[k]) || args[k] < (k === 'seed' ? 0 : 1)) throw new Error(`generate.js: --${k} must be a whole number`);
  }
  return args;
}

// mulberry32: small, fast, and the same on every platform.
function makeRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (n) => Math.floor(next() * n),          // 0 .. n-1
    range: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

// The fact catalogue: 33 facts with the names and types of the profile facts.
// kind: number (integers lo..hi, or one decimal when `decimals`), string (one of `values`),
// boolean, array (a subset of `values`, 0..3 items, for contains/doesNotContain).
const YES_PARTLY_NO = ['yes', 'partly', 'no'];
const YES_DRAFT_NO = ['yes', 'draft', 'no'];
const FACTS = [
  { name: 'organisation.sector', kind: 'string', values: ['municipality', 'province', 'water_board', 'hospital', 'education', 'finance', 'retail', 'logistics'] },
  { name: 'organisation.employees', kind: 'number', lo: 1, hi: 5000 },
  { name: 'organisation.kind', kind: 'string', values: ['public', 'semi_public', 'private'] },
  { name: 'organisation.size_class', kind: 'string', values: ['micro', 'small', 'medium', 'large'] },
  { name: 'governance.board_anchored', kind: 'string', values: YES_PARTLY_NO },
  { name: 'governance.budget', kind: 'string', values: YES_PARTLY_NO },
  { name: 'governance.periodic_reporting', kind: 'string', values: YES_PARTLY_NO },
  { name: 'governance.ai_inventory', kind: 'string', values: ['complete', 'partial', 'none'] },
  { name: 'governance.genai_guidelines', kind: 'string', values: YES_DRAFT_NO },
  { name: 'governance.ai_policy', kind: 'string', values: YES_DRAFT_NO },
  { name: 'governance.responsible_assigned', kind: 'boolean' },
  { name: 'governance.working_group', kind: 'boolean' },
  { name: 'systems.count', kind: 'number', lo: 0, hi: 20 },
  { name: 'systems.prohibited_count', kind: 'number', lo: 0, hi: 2 },
  { name: 'systems.high_risk_count', kind: 'number', lo: 0, hi: 6 },
  { name: 'systems.generative_count', kind: 'number', lo: 0, hi: 8 },
  { name: 'systems.external_facing_count', kind: 'number', lo: 0, hi: 8 },
  { name: 'systems.provider_count', kind: 'number', lo: 0, hi: 4 },
  { name: 'systems.kinds', kind: 'array', values: ['generative', 'predictive', 'classification', 'recommendation', 'biometric', 'chatbot'] },
  { name: 'systems.risk_classes', kind: 'array', values: ['prohibited', 'high', 'limited', 'minimal', 'unknown'] },
  { name: 'systems.affected', kind: 'array', values: ['citizens', 'employees', 'patients', 'students', 'customers'] },
  { name: 'external_parties.customers_interact_with_ai', kind: 'boolean' },
  { name: 'staff.groups_count', kind: 'number', lo: 1, hi: 12 },
  { name: 'staff.headcount', kind: 'number', lo: 1, hi: 5000 },
  { name: 'staff.roles', kind: 'array', values: ['management', 'policy', 'it', 'hr', 'legal', 'operations', 'service_desk'] },
  { name: 'staff.max_gap', kind: 'number', lo: 0, hi: 4 },
  { name: 'staff.untrained_headcount', kind: 'number', lo: 0, hi: 2000 },
  { name: 'external_parties.service_providers_operate_ai', kind: 'boolean' },
  { name: 'scores.nature', kind: 'number', lo: 0, hi: 100, decimals: true },
  { name: 'scores.severity', kind: 'number', lo: 0, hi: 100, decimals: true },
  { name: 'scores.sector_risk', kind: 'number', lo: 0, hi: 100 },
  { name: 'scores.overall', kind: 'number', lo: 0, hi: 100, decimals: true },
  { name: 'scores.level', kind: 'string', values: ['low', 'medium', 'high', 'very_high'] },
];

const OPERATORS = {
  number: ['equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'],
  string: ['equal', 'notEqual', 'in', 'notIn'],
  boolean: ['equal', 'notEqual'],
  array: ['contains', 'doesNotContain'],
};

function numberValue(rng, fact) {
  const whole = rng.range(fact.lo, fact.hi);
  if (!fact.decimals || whole === fact.hi) return whole;
  // one decimal digit: exact in decimal arithmetic (ZEN) and stable as a double (JS, ailit)
  return Number(`${whole}.${rng.int(10)}`);
}

function leaf(rng) {
  const fact = rng.pick(FACTS);
  const operator = rng.pick(OPERATORS[fact.kind]);
  let value;
  switch (fact.kind) {
    case 'number':
      // equal/notEqual on a wide range would almost never match: use a small one for them
      value = (operator === 'equal' || operator === 'notEqual') && fact.hi > 20
        ? rng.range(fact.lo, fact.lo + 10) : numberValue(rng, fact);
      break;
    case 'string':
      if (operator === 'in' || operator === 'notIn') {
        const n = 1 + rng.int(Math.min(3, fact.values.length - 1));
        value = [];
        while (value.length < n) {
          const v = rng.pick(fact.values);
          if (!value.includes(v)) value.push(v);
        }
      } else {
        value = rng.pick(fact.values);
      }
      break;
    case 'boolean':
      value = rng.chance(0.5);
      break;
    default:  // array
      value = rng.pick(fact.values);
  }
  return { fact: fact.name, operator, value };
}

function condition(rng) {
  if (rng.int(3) === 0) {  // a nested group of two leaves (as in benchmarks/rules_eval_benchmark.cpp)
    return { [rng.chance(0.5) ? 'any' : 'all']: [leaf(rng), leaf(rng)] };
  }
  return leaf(rng);
}

function pack(rng, count) {
  const rules = [];
  const width = String(count - 1).length;
  for (let r = 0; r < count; ++r) {
    const id = `rule-${String(r).padStart(width, '0')}`;
    const n = 2 + rng.int(3);  // 2-4 conditions
    const children = [];
    for (let c = 0; c < n; ++c) children.push(condition(rng));
    rules.push({
      name: id,
      priority: 1,
      conditions: { [rng.int(3) === 0 ? 'any' : 'all']: children },
      event: { type: id },
    });
  }
  return rules;
}

function factValue(rng, fact) {
  switch (fact.kind) {
    case 'number': return numberValue(rng, fact);
    case 'string': return rng.pick(fact.values);
    case 'boolean': return rng.chance(0.5);
    default: {
      const n = rng.int(4);
      const items = [];
      while (items.length < n) {
        const v = rng.pick(fact.values);
        if (!items.includes(v)) items.push(v);
      }
      return items;
    }
  }
}

function factSet(rng) {
  const set = {};
  for (const fact of FACTS) {
    const value = factValue(rng, fact);
    if (rng.int(10) === 0) continue;  // about 10% of the facts are missing
    set[fact.name] = value;
  }
  return set;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const rng = makeRng(args.seed);
  fs.mkdirSync(args.out, { recursive: true });
  const rules = pack(rng, args.rules);
  fs.writeFileSync(path.join(args.out, 'pack.json'), '[\n' + rules.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n');
  const lines = [];
  for (let i = 0; i < args.sets; ++i) lines.push(JSON.stringify(factSet(rng)));
  fs.writeFileSync(path.join(args.out, 'facts.ndjson'), lines.join('\n') + '\n');
  let leaves = 0;
  const count = (c) => { if (c.all || c.any) (c.all || c.any).forEach(count); else ++leaves; };
  rules.forEach((r) => count(r.conditions));
  process.stdout.write(JSON.stringify({ rules: rules.length, leaves, facts: FACTS.length, fact_sets: args.sets, seed: args.seed }) + '\n');
}

main();

#!/usr/bin/env node
// The baseline DESIGN.md section 8 names beside the engines: the plain JavaScript a programmer
// would write instead of using a rules engine, one `if` per rule over the fact object. Writing
// 200 such rules by hand is what this script spares: it turns the pack into exactly that code
// (one function of straight-line comparisons per rule, compiled once by V8) and runs it over the
// fact sets. The comparisons are json-rules-engine's own operators, undefined facts included, so
// the outcomes must equal the engines'. Output and --stats as runner.js describes.
//
//   node run_js_loop.js --rules pack.json --facts facts.ndjson [--stats] > fired.ndjson
'use strict';

const { main } = require('./runner');

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

const nameOf = (r) => (r.name !== undefined ? r.name : r.event && r.event.type);

main('run_js_loop.js', {
  load(rules) {
    // Rules in pack order, so the fired names come out in the order ailit prints them.
    const body = ['const fired = [];'];
    rules.forEach((r, i) => body.push(`if (${conditionCode(r.conditions)}) fired.push(names[${i}]);`));
    body.push('return fired;');
    return { evaluate: new Function('f', 'names', body.join('\n')), names: rules.map(nameOf) };
  },
  evaluate: (compiled, facts) => compiled.evaluate(facts, compiled.names),
  names: (fired) => fired,
});

// What the peer runners share: their arguments, reading the NDJSON fact sets, timing the parse
// and the evaluation of each, and printing what `ailit rules eval` prints: one JSON array of
// fired rule names per line, in pack order, and with --stats one JSON object on stderr
//   {"fact_sets", "load_seconds", "parse_seconds", "eval_seconds", ...extra}
// load_seconds is building the engine from the pack, parse_seconds reading each line into facts,
// eval_seconds the time inside the engine's evaluation only.
'use strict';

const fs = require('fs');

function parseArgs(script, argv, extraOptions) {
  const args = { rules: null, facts: null, stats: false };
  const options = ['--rules', '--facts', ...extraOptions];
  const usage = `usage: ${script} --rules PACK --facts FACTS.ndjson [--stats]` +
    extraOptions.map((o) => ` [${o} FILE]`).join('');
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === '--stats') args.stats = true;
    else if (options.includes(argv[i]) && i + 1 < argv.length) args[argv[i].slice(2)] = argv[++i];
    else throw new Error(`${usage} (bad: ${argv[i]})`);
  }
  if (!args.rules || !args.facts) throw new Error(`${script}: --rules and --facts are required`);
  return args;
}

const seconds = (ns) => Number(ns) / 1e9;

// spec: {options: extra --name FILE options,
//        load(rules, args) -> engine (awaited),
//        parse(line, lineNumber) -> facts (default JSON.parse),
//        evaluate(engine, facts) -> raw result (awaited; the only part timed as evaluation),
//        names(raw, engine, lineNumber, extra) -> fired names in pack order (may add to the
//          extra stats),
//        finish(engine) (optional)}
async function run(script, spec) {
  const args = parseArgs(script, process.argv.slice(2), spec.options || []);
  const rules = JSON.parse(fs.readFileSync(args.rules, 'utf8'));

  const t0 = process.hrtime.bigint();
  const engine = await spec.load(rules, args);
  const loadNs = process.hrtime.bigint() - t0;

  const text = fs.readFileSync(args.facts, 'utf8');
  const lines = text.split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();

  const parse = spec.parse || ((line) => JSON.parse(line));
  const out = new Array(lines.length);
  const extra = {};
  let parseNs = 0n;
  let evalNs = 0n;
  for (let i = 0; i < lines.length; ++i) {
    const p0 = process.hrtime.bigint();
    const facts = parse(lines[i], i + 1);
    const p1 = process.hrtime.bigint();
    const raw = await spec.evaluate(engine, facts);
    evalNs += process.hrtime.bigint() - p1;
    parseNs += p1 - p0;
    out[i] = JSON.stringify(spec.names(raw, engine, i + 1, extra));
  }
  process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
  if (spec.finish) spec.finish(engine);
  if (args.stats) {
    process.stderr.write(JSON.stringify({
      fact_sets: lines.length,
      load_seconds: seconds(loadNs),
      parse_seconds: seconds(parseNs),
      eval_seconds: seconds(evalNs),
      ...extra,
    }) + '\n');
  }
}

// Runs `spec` as the script's main, exiting 1 with the error on any failure.
function main(script, spec) {
  run(script, spec).catch((e) => {
    process.stderr.write(`${script}: ${e && e.stack ? e.stack : e}\n`);
    process.exit(1);
  });
}

module.exports = { main };

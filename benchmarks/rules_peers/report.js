#!/usr/bin/env node
// Second half of run.sh: checks that every engine fired the same rules on every fact set, and
// only then prints the throughput table. Exit 0 when the outcomes agree, 1 when they differ,
// 2 on a usage or input problem.
//
//   node report.js WORKDIR
// WORKDIR holds meta.json (written by run.sh: sets, rules, seed, engines [{key, label, runs,
// own_timer}]) and, per engine and run r (0-based), the fired-rule output (<key>.out for run 0,
// <key>.out.<r> after it; one JSON array per line), its standard error with the stats line
// (<key>.stats.<r>) and its wall time in seconds (<key>.wall.<r>).
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

function readLines(file) {
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

// The last line of a stats file that parses as a JSON object (warnings may come first).
function readStats(file) {
  const lines = readLines(file).reverse();
  for (const line of lines) {
    try {
      const v = JSON.parse(line);
      if (v && typeof v === 'object' && 'eval_seconds' in v) return v;
    } catch (_) { /* not the stats line */ }
  }
  throw new Error(`${file}: no stats line`);
}

// One engine's outcome: canonical lines (re-serialised, so formatting cannot matter), their
// SHA-256, and the number of firings.
function outcome(file, expectedLines) {
  const raw = readLines(file);
  const canonical = [];
  let fired = 0;
  const problems = [];
  raw.forEach((line, i) => {
    let v;
    try { v = JSON.parse(line); } catch (e) { v = undefined; }
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
      if (problems.length < 3) problems.push(`line ${i + 1} is not an array of rule ids: ${line.slice(0, 200)}`);
      canonical.push(line);
      return;
    }
    fired += v.length;
    canonical.push(JSON.stringify(v));
  });
  if (raw.length !== expectedLines) problems.push(`${raw.length} lines for ${expectedLines} fact sets`);
  const hash = crypto.createHash('sha256').update(canonical.join('\n') + '\n').digest('hex');
  return { canonical, fired, hash, problems };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const group = (n) => {
  if (!Number.isFinite(n)) return '-';
  const digits = n >= 100 ? 0 : n >= 10 ? 1 : 2;
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
};
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${group(a / b)}x` : '-');
const pad = (s, n) => String(s).padStart(n);
const padEnd = (s, n) => String(s).padEnd(n);

function firstDifference(a, b) {
  const n = Math.max(a.canonical.length, b.canonical.length);
  for (let i = 0; i < n; ++i) {
    if (a.canonical[i] !== b.canonical[i]) return i;
  }
  return -1;
}

function describeDifference(ref, other, i) {
  const parse = (s) => { try { return JSON.parse(s); } catch (_) { return null; } };
  const x = parse(ref.canonical[i]);
  const y = parse(other.canonical[i]);
  let detail = '';
  if (Array.isArray(x) && Array.isArray(y)) {
    const onlyRef = x.filter((id) => !y.includes(id));
    const onlyOther = y.filter((id) => !x.includes(id));
    detail = ` (only ${ref.label}: ${JSON.stringify(onlyRef)}; only ${other.label}: ${JSON.stringify(onlyOther)}` +
      (onlyRef.length + onlyOther.length === 0 ? '; same ids, different order' : '') + ')';
  }
  return `first difference at fact set ${i + 1} (line ${i + 1} of facts.ndjson)${detail}\n` +
    `      ${ref.label}: ${String(ref.canonical[i]).slice(0, 300)}\n` +
    `      ${other.label}: ${String(other.canonical[i]).slice(0, 300)}`;
}

function main() {
  const dir = process.argv[2];
  if (!dir) { process.stderr.write('usage: report.js WORKDIR\n'); process.exit(2); }
  const meta = JSON.parse(fs.readFileSync(path.join(dir, 'meta.json'), 'utf8'));
  const sets = meta.sets;

  // ---- 1. outcomes ---------------------------------------------------------------------------
  const engines = meta.engines.map((e) => ({ ...e, ...outcome(path.join(dir, `${e.key}.out`), sets) }));
  // every repeated ailit run must print the same as the first
  const extraProblems = [];
  for (const e of meta.engines) {
    for (let r = 1; r < (e.runs || 1); ++r) {
      const again = outcome(path.join(dir, `${e.key}.out.${r}`), sets);
      if (again.hash !== engines.find((x) => x.key === e.key).hash) extraProblems.push(`${e.label}: run ${r + 1} printed something else than run 1`);
    }
  }

  console.log(`Outcome check: ${group(sets)} fact sets, ${meta.rules} rules, seed ${meta.seed}`);
  const labelWidth = Math.max(...engines.map((e) => e.label.length));
  for (const e of engines) {
    console.log(`  ${padEnd(e.label, labelWidth)}  ${pad(e.canonical.length, 6)} lines  fired ${pad(e.fired, 9)}  sha256 ${e.hash}`);
  }
  const ref = engines[0];
  let same = extraProblems.length === 0;
  for (const e of engines) {
    for (const p of e.problems) { console.log(`  ${e.label}: ${p}`); same = false; }
  }
  for (const e of engines.slice(1)) {
    if (e.hash === ref.hash && e.fired === ref.fired) continue;
    same = false;
    const i = firstDifference(ref, e);
    console.log(`  DIFFERENT: ${e.label} vs ${ref.label}: fired ${e.fired} vs ${ref.fired}; ` +
      (i >= 0 ? describeDifference(ref, e, i) : 'same lines but different hash (?)'));
  }
  for (const p of extraProblems) console.log(`  DIFFERENT: ${p}`);
  if (!same) {
    console.log('Outcomes differ: no throughput is reported. The outputs are in ' + dir);
    process.exit(1);
  }
  const avg = ref.fired / sets;
  console.log(`  same: all ${engines.length} engines fire the same rules on every line ` +
    `(${group(ref.fired)} firings, ${group(avg)} of ${meta.rules} rules per fact set)`);
  console.log('');

  // ---- 2. throughput -------------------------------------------------------------------------
  const rows = [];
  for (const e of meta.engines) {
    const runs = e.runs || 1;
    const stats = [];
    for (let r = 0; r < runs; ++r) stats.push(readStats(path.join(dir, `${e.key}.stats.${r}`)));
    for (const s of stats) {
      if (s.fact_sets !== sets) throw new Error(`${e.label}: stats say ${s.fact_sets} fact sets, expected ${sets}`);
    }
    const evalS = median(stats.map((s) => s.eval_seconds));
    const parseEvalS = median(stats.map((s) => s.eval_seconds + s.parse_seconds));
    const walls = [];
    for (let r = 0; r < runs; ++r) walls.push(Number(fs.readFileSync(path.join(dir, `${e.key}.wall.${r}`), 'utf8').trim()));
    const wallS = median(walls);
    rows.push({ key: e.key, label: e.label, engine: sets / evalS, parseEval: sets / parseEvalS, wall: sets / wallS, wallS, runs });
    if (e.own_timer) {
      const ownS = median(stats.map((s) => s[e.own_timer]));
      rows.push({ key: `${e.key}-own`, label: `${e.label}, own timer`, engine: sets / ownS, parseEval: NaN, wall: NaN, wallS: NaN, runs, own: true });
    }
  }
  const ours = rows[0];
  const w = Math.max(...rows.map((r) => r.label.length), 'engine'.length);
  const header = `${padEnd('engine', w)}  ${pad('engine sets/s', 14)}  ${pad('parse+eval/s', 13)}  ${pad('wall sets/s', 12)}  ${pad('wall s', 8)}  ${pad('ours/engine', 12)}  ${pad('ours/wall', 10)}`;
  console.log(`Throughput: fact sets per second on one core (higher is better); ratios are ${ours.label} / the row`);
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const r of rows) {
    const isOurs = r === ours;
    console.log(`${padEnd(r.label, w)}  ${pad(group(r.engine), 14)}  ${pad(group(r.parseEval), 13)}  ${pad(group(r.wall), 12)}  ` +
      `${pad(Number.isFinite(r.wallS) ? r.wallS.toFixed(3) : '-', 8)}  ${pad(isOurs ? '1x' : ratio(ours.engine, r.engine), 12)}  ` +
      `${pad(isOurs ? '1x' : r.own ? '-' : ratio(ours.wall, r.wall), 10)}`);
  }
  console.log('');
  console.log('engine sets/s: ailit = --stats eval_seconds (median of ' + ours.runs + ' runs); json-rules-engine = time inside');
  console.log('  `await engine.run(facts)`; ZEN = time inside `await decision.evaluate(facts)`, and on the "own timer" row');
  console.log('  the sum of the `performance` ZEN reports per evaluation. parse+eval adds reading each JSON line.');
  console.log('wall: the whole process, from exec to exit: start-up, loading the pack, reading and parsing the');
  console.log('  facts, evaluating, writing the output.');
  console.log('plain JavaScript: the pack turned into one `if` per rule (run_js_loop.js), the code one would');
  console.log('  write by hand instead of using an engine; engine sets/s is the time inside that function.');
  const jre = rows.find((r) => r.key === 'jre');
  const zen = rows.find((r) => r.key === 'zen');
  const js = rows.find((r) => r.key === 'js');
  if (jre && zen && js) {
    const check = (x, target) => `${group(x)}x (target >= ${group(target)}x: ${x >= target ? 'met' : 'NOT met'})`;
    console.log(`DESIGN.md section 8, inside the engine: ours / json-rules-engine ${check(ours.engine / jre.engine, 1000)}, ` +
      `ours / ZEN ${check(ours.engine / zen.engine, 100)}, ours / plain JavaScript ${check(ours.engine / js.engine, 10)}, ` +
      `ours ${group(ours.engine)} sets/s (target >= 500,000: ${ours.engine >= 500000 ? 'met' : 'NOT met'})`);
  }
}

try {
  main();
} catch (e) {
  process.stderr.write(`report.js: ${e && e.message ? e.message : e}\n`);
  process.exit(2);
}

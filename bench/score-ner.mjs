#!/usr/bin/env node
// Scores the project's extractEntities against gold annotations: the scorer the README's accuracy figures were
// measured with (the project's shared scorer, kept here so that anyone with the corpora can reproduce them).
//
//   node bench/score-ner.mjs GOLD [--project DIR] [--errors N] [--json] [--min-f1 X] [--relaxed]
//
// GOLD is either a CoNLL-style IOB file (one token a line, blank line between sentences;
// "tok tag", "tok|tag" or "tok<TAB>tag", B-/I- or B_/I_ prefixes), or a *.gold.json file
// ({ entities: [{type,start,end,text}] } beside the text file it names in "document").
//
// The project (default: the current directory) must be built: its package.json entry point
// is imported and extractEntities(text, { referenceDate }) called on each sentence.
//
// IOB files: sentence text is the tokens joined by single spaces. Types are mapped to the
// corpus' tag set: PERSON→PER, ORGANIZATION→ORG, COUNTRY and LOCATION→LOC, DATE→DAT (only where
// the corpus tags dates); with --types also TIME→TIM, MONEY→MON, PERCENT→PCT. Gold types not scored
// (fac, pro, event, NAT, POG, EVE; TIM, MON, PCT unless named in --types) are not counted, and a
// prediction overlapping one of them is not counted either.
// Strict: same type, same start and end. Relaxed: same type, overlapping spans.
import { readFileSync, existsSync } from 'node:fs';
import { resolve, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const flag = (name) => args.includes(name);
const goldPath = args.find((a, i) => !a.startsWith('--') && !['--project', '--errors', '--min-f1', '--reference-date', '--types'].includes(args[i - 1]));
if (!goldPath) {
  console.error('usage: score-ner.mjs GOLD [--project DIR] [--errors N] [--json] [--min-f1 X] [--relaxed] [--reference-date YYYY-MM-DD] [--types PER,ORG,LOC,DAT,TIM,MON,PCT]');
  process.exit(2);
}
const projectDir = resolve(opt('--project', '.'));
const showErrors = Number(opt('--errors', '0'));
const minF1 = opt('--min-f1', null);
const referenceDate = opt('--reference-date', null);

async function loadProject(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const pick = (e) => {
    if (!e) return null;
    if (typeof e === 'string') return e;
    return pick(e.import) || pick(e.node) || pick(e.default) || pick(e.require);
  };
  const entry = pick(pkg.exports && (pkg.exports['.'] ?? pkg.exports)) || pkg.module || pkg.main;
  if (!entry) throw new Error(`no entry point in ${dir}/package.json`);
  const file = resolve(dir, entry);
  if (!existsSync(file)) throw new Error(`entry point ${entry} does not exist: build the project first (npm run build)`);
  const mod = await import(pathToFileURL(file).href);
  const fn = mod.extractEntities ?? mod.default?.extractEntities;
  if (typeof fn !== 'function') throw new Error('the entry point exports no extractEntities function');
  return fn;
}

const TAG_MAP = { pers: 'PER', per: 'PER', person: 'PER', org: 'ORG', organization: 'ORG', loc: 'LOC', location: 'LOC', dat: 'DAT', date: 'DAT', tim: 'TIM', time: 'TIM', mon: 'MON', money: 'MON', pct: 'PCT', percent: 'PCT' };
const PRED_MAP = { PERSON: 'PER', ORGANIZATION: 'ORG', COUNTRY: 'LOC', LOCATION: 'LOC', DATE: 'DAT', TIME: 'TIM', MONEY: 'MON', PERCENT: 'PCT' };

function readIob(path) {
  const sentences = [];
  let tokens = [];
  const flush = () => {
    if (tokens.length) sentences.push(tokens);
    tokens = [];
  };
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) { flush(); continue; }
    let tok, tag;
    if (line.includes('\t')) [tok, tag] = [line.slice(0, line.lastIndexOf('\t')), line.slice(line.lastIndexOf('\t') + 1)];
    else if (/\|(O|[BI][-_]\S+)$/.test(line)) [tok, tag] = [line.slice(0, line.lastIndexOf('|')), line.slice(line.lastIndexOf('|') + 1)];
    else [tok, tag] = [line.slice(0, line.lastIndexOf(' ')), line.slice(line.lastIndexOf(' ') + 1)];
    tokens.push({ tok, tag: tag.trim() });
  }
  flush();
  return sentences.map((toks) => {
    let text = '';
    const spans = [];
    let cur = null;
    toks.forEach(({ tok, tag }, i) => {
      if (i) text += ' ';
      const start = text.length;
      text += tok;
      const end = text.length;
      const m = /^([BI])[-_](.+)$/.exec(tag);
      if (!m) { cur = null; return; }
      const type = TAG_MAP[m[2].toLowerCase()] ?? `other:${m[2]}`;
      if (m[1] === 'I' && cur && cur.type === type) cur.end = end;
      else { cur = { type, start, end }; spans.push(cur); }
    });
    return { text, gold: spans };
  });
}

function readGoldJson(path) {
  const g = JSON.parse(readFileSync(path, 'utf8'));
  const text = readFileSync(join(dirname(path), g.document), 'utf8');
  return [{ text, gold: g.entities.map((e) => ({ type: e.type, start: e.start, end: e.end })) }];
}

const isJson = goldPath.endsWith('.json');
const docs = isJson ? readGoldJson(goldPath) : readIob(goldPath);
const allGoldTypes = new Set(docs.flatMap((d) => d.gold.map((g) => g.type)));
// --types PER,ORG,LOC,DAT,TIM,MON,PCT scores those corpus types (PEYMA has all seven); by default the four.
const typesOpt = opt('--types', null);
const scored = typesOpt ? new Set(typesOpt.split(',').filter((t) => allGoldTypes.has(t)))
  : isJson ? new Set(allGoldTypes) : new Set(['PER', 'ORG', 'LOC', ...(allGoldTypes.has('DAT') ? ['DAT'] : [])]);
const extract = await loadProject(projectDir);

const counts = {};
const c = (t) => (counts[t] ??= { gold: 0, pred: 0, strict: 0, relaxedGold: 0, relaxedPred: 0 });
const errors = [];
let offsetViolations = 0;
let thrown = 0;
const t0 = performance.now();
for (const { text, gold } of docs) {
  let pred;
  try {
    pred = extract(text, referenceDate ? { referenceDate } : undefined);
  } catch (e) {
    thrown++;
    if (thrown <= 3) console.error(`extractEntities threw on: ${text.slice(0, 80)}…: ${e?.message ?? e}`);
    pred = [];
  }
  const ignoredGold = gold.filter((g) => !scored.has(g.type));
  const G = gold.filter((g) => scored.has(g.type));
  const P = [];
  for (const p of pred) {
    if (text.slice(p.start, p.end) !== p.text) offsetViolations++;
    const type = isJson ? p.type : PRED_MAP[p.type];
    if (!type || !scored.has(type)) continue;
    const overlapsIgnored = ignoredGold.some((g) => p.start < g.end && g.start < p.end);
    const overlapsScored = G.some((g) => p.start < g.end && g.start < p.end);
    if (overlapsIgnored && !overlapsScored) continue;
    P.push({ type, start: p.start, end: p.end });
  }
  for (const g of G) c(g.type).gold++;
  for (const p of P) c(p.type).pred++;
  const usedP = new Set();
  for (const g of G) {
    const i = P.findIndex((p) => p.type === g.type && p.start === g.start && p.end === g.end);
    if (i >= 0) { c(g.type).strict++; }
  }
  const matchedG = new Set();
  for (const g of G) {
    const i = P.findIndex((p, k) => !usedP.has(k) && p.type === g.type && p.start < g.end && g.start < p.end);
    if (i >= 0) { usedP.add(i); matchedG.add(g); c(g.type).relaxedGold++; }
  }
  for (const [k, p] of P.entries()) {
    if (G.some((g) => g.type === p.type && p.start < g.end && g.start < p.end)) c(p.type).relaxedPred++;
    else if (errors.length < 10000) errors.push({ kind: 'FP', type: p.type, span: text.slice(p.start, p.end), ctx: text.slice(Math.max(0, p.start - 40), p.end + 40) });
  }
  for (const g of G) {
    if (!P.some((p) => p.type === g.type && p.start === g.start && p.end === g.end) && errors.length < 10000) {
      const near = P.filter((p) => p.start < g.end && g.start < p.end).map((p) => `${p.type}:${text.slice(p.start, p.end)}`);
      errors.push({ kind: matchedG.has(g) ? 'BOUNDARY' : 'FN', type: g.type, span: text.slice(g.start, g.end), predicted: near, ctx: text.slice(Math.max(0, g.start - 40), g.end + 40) });
    }
  }
}
const seconds = (performance.now() - t0) / 1000;

const f = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);
const rows = [];
const tot = { gold: 0, pred: 0, strict: 0, relaxedGold: 0, relaxedPred: 0 };
for (const t of [...scored].sort()) {
  const k = c(t);
  for (const key of Object.keys(tot)) tot[key] += k[key];
  rows.push([t, k]);
}
rows.push(['micro', tot]);
const table = rows.map(([t, k]) => {
  const sp = k.pred ? k.strict / k.pred : 0, sr = k.gold ? k.strict / k.gold : 0;
  const rp = k.pred ? k.relaxedPred / k.pred : 0, rr = k.gold ? k.relaxedGold / k.gold : 0;
  return { type: t, gold: k.gold, pred: k.pred, strict: { p: sp, r: sr, f1: f(sp, sr) }, relaxed: { p: rp, r: rr, f1: f(rp, rr) } };
});
const micro = table.at(-1);
const summary = { gold: goldPath.split('/').slice(-2).join('/'), sentences: docs.length, seconds, offsetViolations, thrown, table };

if (flag('--json')) console.log(JSON.stringify(summary, null, 1));
else {
  const pct = (x) => (100 * x).toFixed(1).padStart(5);
  console.log(`${summary.gold}: ${docs.length} sentences in ${seconds.toFixed(2)} s; offset violations ${offsetViolations}; exceptions ${thrown}`);
  console.log('type    gold  pred | strict P     R    F1 | relaxed P    R    F1');
  for (const r of table) console.log(`${r.type.padEnd(6)} ${String(r.gold).padStart(5)} ${String(r.pred).padStart(5)} |  ${pct(r.strict.p)} ${pct(r.strict.r)} ${pct(r.strict.f1)} |  ${pct(r.relaxed.p)} ${pct(r.relaxed.r)} ${pct(r.relaxed.f1)}`);
  if (showErrors > 0) {
    // a spread sample rather than the first N, so one long document does not fill the list
    const step = Math.max(1, Math.floor(errors.length / showErrors));
    console.log(`\n${errors.length} errors; a sample of ${Math.min(showErrors, errors.length)}:`);
    for (let i = 0; i < errors.length && i / step < showErrors; i += step) {
      const e = errors[i];
      console.log(`${e.kind.padEnd(8)} ${e.type} «${e.span}»${e.predicted?.length ? ` (predicted ${e.predicted.join(', ')})` : ''}  …${e.ctx.replace(/\n/g, ' ')}…`);
    }
  }
}
const score = flag('--relaxed') ? micro.relaxed.f1 : micro.strict.f1;
console.log(`${flag('--relaxed') ? 'relaxed' : 'strict'} micro F1 ${(100 * score).toFixed(1)}`);
if (minF1 !== null && (score * 100 < Number(minF1) || offsetViolations > 0 || thrown > 0)) process.exit(1);

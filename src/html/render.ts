/**
 * displaCy-style HTML highlighting of entities in right-to-left Persian text. Browser-safe: builds strings only.
 */
import * as z from 'zod/mini';
import type { Entity } from '../types';
import { parseOptions } from '../validation';
import { summarizeValue } from './summary';

/** The Persian labels of the built-in types (used with `labels: 'fa'`). */
export const PERSIAN_LABELS: Readonly<Record<string, string>> = {
  PERSON: 'شخص',
  COUNTRY: 'کشور',
  ORGANIZATION: 'سازمان',
  LOCATION: 'مکان',
  DATE: 'تاریخ',
  TIME: 'زمان',
  MONEY: 'مبلغ',
  PERCENT: 'درصد',
};

/** Background colours of the built-in types (displaCy's palette). User types get a colour from their name. */
export const TYPE_COLORS: Readonly<Record<string, string>> = {
  PERSON: '#aa9cfc',
  COUNTRY: '#feca74',
  ORGANIZATION: '#7aecec',
  LOCATION: '#ff9561',
  DATE: '#bfe1d9',
  TIME: '#9cc9cc',
  MONEY: '#e4e7d2',
  PERCENT: '#ffeb80',
};

/** Options of {@link renderHtml}. */
export interface RenderHtmlOptions {
  /** A full HTML document (`<!doctype html>…`) instead of a fragment. Default `false`. */
  standalone?: boolean;
  /** Labels shown on the marks and in the legend: `'en'` (the type, default), `'fa'` (شخص، کشور …) or your own map. */
  labels?: 'en' | 'fa' | Readonly<Record<string, string>>;
  /** Show a legend of the types: `true` (the types present, default), `false`, or the types to list. */
  legend?: boolean | readonly string[];
  /** Colours per type, overriding the defaults, e.g. `{ DRUG: '#f0c' }`. */
  colors?: Readonly<Record<string, string>>;
  /** Include the `<style>` block. Default `true`; turn off when the page already has the styles. */
  style?: boolean;
  /** The document title with `standalone: true`. */
  title?: string;
}

const stringMap = z.record(z.string(), z.string());
const renderHtmlOptionsSchema = z.optional(
  z.strictObject({
    standalone: z.optional(z.boolean()),
    labels: z.optional(z.union([z.enum(['en', 'fa']), stringMap])),
    legend: z.optional(z.union([z.boolean(), z.array(z.string())])),
    colors: z.optional(stringMap),
    style: z.optional(z.boolean()),
    title: z.optional(z.string()),
  }),
);

/** One entity in displaCy's "manual" format. */
export interface DisplacyEntity {
  start: number;
  end: number;
  label: string;
}

/** Input of `displacy.render(…, manual=True)`. */
export interface DisplacyDocument {
  text: string;
  ents: DisplacyEntity[];
  title: null;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in HTML content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** FNV-1a over UTF-16 code units: a small, stable hash for class names and colours. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The CSS class of a type: `ent-person`; types that are not plain ASCII get a hash, e.g. `ent-t1x2y3z`. */
export function typeClassName(type: string): string {
  if (/^[A-Za-z][A-Za-z0-9_-]*$/.test(type)) return `ent-${type.toLowerCase()}`;
  return `ent-t${hashString(type).toString(36)}`;
}

/** The colour of a type: the built-in palette, else a pastel derived from the type's name (always the same). */
export function typeColor(type: string, overrides?: Readonly<Record<string, string>>): string {
  const chosen = overrides?.[type] ?? TYPE_COLORS[type];
  if (chosen) return chosen;
  return `hsl(${hashString(type) % 360}, 70%, 82%)`;
}

function labelOf(type: string, labels: RenderHtmlOptions['labels']): string {
  if (labels === undefined || labels === 'en') return type;
  const table = labels === 'fa' ? PERSIAN_LABELS : labels;
  return table[type] ?? type;
}

/**
 * The entities that can be drawn: within the text, non-empty, in order of `start`, and not overlapping an
 * earlier one (results of the library never overlap; this guards hand-made input).
 */
function drawableEntities(text: string, entities: readonly Entity[]): Entity[] {
  const sorted = entities
    .filter((e) => Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.end <= text.length && e.start < e.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Entity[] = [];
  let lastEnd = 0;
  for (const entity of sorted) {
    if (entity.start < lastEnd) continue;
    kept.push(entity);
    lastEnd = entity.end;
  }
  return kept;
}

function tooltip(entity: Entity, label: string): string {
  const summary = summarizeValue(entity);
  const confidence = Number.isFinite(entity.confidence) ? `confidence ${entity.confidence.toFixed(2)}` : '';
  return [label, summary, confidence, entity.source].filter(Boolean).join(' · ');
}

function markHtml(text: string, entity: Entity, options: RenderHtmlOptions): string {
  const type = String(entity.type);
  const label = labelOf(type, options.labels);
  return (
    `<mark class="ent ${typeClassName(type)}" data-type="${escapeHtml(type)}" data-start="${entity.start}" data-end="${entity.end}"` +
    ` title="${escapeHtml(tooltip(entity, label))}">${escapeHtml(text.slice(entity.start, entity.end))}` +
    `<span class="ent-label">${escapeHtml(label)}</span></mark>`
  );
}

function uniqueTypes(entities: readonly Entity[]): string[] {
  return [...new Set(entities.map((e) => String(e.type)))];
}

function legendHtml(types: readonly string[], options: RenderHtmlOptions): string {
  if (types.length === 0) return '';
  const items = types
    .map((type) => `<span class="ent ${typeClassName(type)}" data-type="${escapeHtml(type)}">${escapeHtml(labelOf(type, options.labels))}</span>`)
    .join('');
  return `<div class="ent-legend">${items}</div>`;
}

function styleHtml(types: readonly string[], options: RenderHtmlOptions): string {
  const colorRules = types
    .map((type) => `.persian-ner .${typeClassName(type)}{background:${typeColor(type, options.colors).replace(/[;{}<>]/g, '')}}`)
    .join('');
  return (
    '<style>' +
    '.persian-ner{font-family:Vazirmatn,"Noto Naskh Arabic","Noto Sans Arabic",Tahoma,"DejaVu Sans",sans-serif;font-size:16px;color:#222;text-align:start}' +
    '.persian-ner .ent-text{white-space:pre-wrap;line-height:2.2;overflow-wrap:anywhere}' +
    '.persian-ner .ent{padding:.25em .45em;margin:0 .15em;border-radius:.35em;line-height:1;color:#111;box-decoration-break:clone;-webkit-box-decoration-break:clone}' +
    // an inline label (not inline-block) leaves no line break between an entity and its label
    '.persian-ner .ent-label{display:inline;white-space:nowrap;unicode-bidi:isolate;font-size:.62em;font-weight:700;margin-inline-start:.45em;vertical-align:middle;font-family:system-ui,sans-serif;letter-spacing:.02em}' +
    '.persian-ner .ent-legend{display:flex;flex-wrap:wrap;gap:.4em;margin:0 0 .8em;font-size:.85em}' +
    '.persian-ner .ent-legend .ent{margin:0;font-weight:600}' +
    colorRules +
    '</style>'
  );
}

/** Wraps HTML body content in a complete right-to-left HTML document. */
export function wrapHtmlDocument(body: string, title = 'persian-ner'): string {
  return (
    '<!doctype html>\n<html lang="fa" dir="rtl">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<title>${escapeHtml(title)}</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`
  );
}

/**
 * Renders `text` with its entities highlighted, displaCy style, for right-to-left reading:
 * every entity becomes `<mark class="ent ent-person" data-type="PERSON" title="…">…<span class="ent-label">PERSON</span></mark>`
 * inside `<div class="persian-ner" dir="rtl" lang="fa">`, with a legend and a self-contained `<style>` block.
 * All text and attributes are HTML-escaped: markup in the input is shown, never run. Overlapping or
 * out-of-range entities are skipped.
 * @throws TypeError for an unknown option or a bad value (`labels: 'de'`).
 *
 * @param text the string the entities were found in (offsets are UTF-16 code units into it)
 * @param entities entities of `text`, e.g. from `extractEntities(text)`
 * @example
 * const html = renderHtml(text, extractEntities(text), { labels: 'fa', standalone: true });
 */
export function renderHtml(text: string, entities: readonly Entity[], options: RenderHtmlOptions = {}): string {
  parseOptions(renderHtmlOptionsSchema, options);
  const drawn = drawableEntities(text, entities);
  const legendTypes = Array.isArray(options.legend) ? [...options.legend] : options.legend === false ? [] : uniqueTypes(drawn);
  const styledTypes = [...new Set([...legendTypes, ...uniqueTypes(drawn)])];

  let body = '';
  let cursor = 0;
  for (const entity of drawn) {
    body += escapeHtml(text.slice(cursor, entity.start)) + markHtml(text, entity, options);
    cursor = entity.end;
  }
  body += escapeHtml(text.slice(cursor));

  const fragment =
    (options.style === false ? '' : styleHtml(styledTypes, options)) +
    `<div class="persian-ner" dir="rtl" lang="fa">${legendHtml(legendTypes, options)}<div class="ent-text">${body}</div></div>`;
  return options.standalone ? wrapHtmlDocument(fragment, options.title) : fragment;
}

/**
 * The entities in displaCy's manual format, to render with spaCy's `displacy.render(doc, style="ent", manual=True)`.
 * Offsets are passed through as given (UTF-16 code units; equal to Python `str` indices for text without astral characters).
 */
export function toDisplacy(text: string, entities: readonly Entity[]): DisplacyDocument {
  return {
    text,
    ents: entities.map((e) => ({ start: e.start, end: e.end, label: String(e.type) })),
    title: null,
  };
}

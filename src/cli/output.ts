/**
 * Writers of the extract command's output formats. Each writes a document as soon as it is analysed,
 * so a corpus streams through with bounded memory.
 */
import type { Writable } from 'node:stream';
import { escapeHtml, renderHtml, wrapHtmlDocument } from '../html/index';
import { tokenize } from '../index';
import type { Entity } from '../types';
import { write } from './io';
import type { InputDocument } from './inputs';
import { entityTable, type Colors } from './table';

/** The output formats of `persian-ner extract`. */
export const OUTPUT_FORMATS = ['table', 'json', 'jsonl', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Receives the analysed documents in input order. */
export interface DocumentWriter {
  document(doc: InputDocument, entities: readonly Entity[]): Promise<void>;
  end(): Promise<void>;
}

/** What the writers need to know. */
export interface WriterSettings {
  stdout: Writable;
  colors: Colors;
  /** Keep each entity's `normalized` field (`--no-normalize-output` drops it). */
  normalizedField: boolean;
  /** Leave the document's text out of JSON and JSONL records (`--no-text`): the output does not repeat the input. */
  omitText?: boolean;
  /** The field of JSONL input records that holds the text (`--text-field`, default `"text"`). */
  textField?: string;
  /** Labels of the HTML marks. */
  labels: 'en' | 'fa';
  /** Terminal width for tables. */
  columns?: number;
}

/** An entity without its `normalized` field (nested entities too). */
function withoutNormalized(entity: Entity): Omit<Entity, 'normalized'> {
  const { normalized: _dropped, nested, ...rest } = entity;
  return nested ? { ...rest, nested: nested.map(withoutNormalized) as Entity[] } : rest;
}

/**
 * The JSON record of a document: a JSONL input object with `entities` added (other fields kept as they are),
 * or `{ file, text, entities }` for a text input (`file` left out for standard input). With `omitText`, the
 * text (a JSONL record's text field) is left out.
 */
export function outputRecord(doc: InputDocument, entities: readonly Entity[], settings: Pick<WriterSettings, 'normalizedField' | 'omitText' | 'textField'>): Record<string, unknown> {
  const shown = settings.normalizedField ? entities : entities.map(withoutNormalized);
  if (doc.record) {
    const record: Record<string, unknown> = { ...doc.record, entities: shown };
    if (settings.omitText) delete record[settings.textField ?? 'text'];
    return record;
  }
  const file = doc.file === undefined ? {} : { file: doc.file };
  return settings.omitText ? { ...file, entities: shown } : { ...file, text: doc.text, entities: shown };
}

function jsonlWriter(settings: WriterSettings): DocumentWriter {
  return {
    document: (doc, entities) => write(settings.stdout, `${JSON.stringify(outputRecord(doc, entities, settings))}\n`),
    end: async () => {},
  };
}

/** A JSON array of the same records as JSONL, written element by element. */
function jsonWriter(settings: WriterSettings): DocumentWriter {
  let count = 0;
  return {
    async document(doc, entities) {
      const element = JSON.stringify(outputRecord(doc, entities, settings), null, 2).replace(/\n/g, '\n  ');
      await write(settings.stdout, `${count === 0 ? '[\n  ' : ',\n  '}${element}`);
      count++;
    },
    end: () => write(settings.stdout, count === 0 ? '[]\n' : '\n]\n'),
  };
}

function showsHeading(doc: InputDocument): boolean {
  return doc.record !== undefined || doc.file !== undefined;
}

/**
 * A heading's label isolated from the right-to-left page: a file path reads left to right («/tmp/news.txt», not
 * «tmp/news.txt/»); a JSONL record's own id takes the direction of its first letter.
 */
function headingHtml(doc: InputDocument): string {
  const id = doc.record?.id;
  const ownId = (typeof id === 'string' || typeof id === 'number') && String(id) === doc.label;
  return `<h2><bdi dir="${ownId ? 'auto' : 'ltr'}">${escapeHtml(doc.label)}</bdi></h2>`;
}

function tableWriter(settings: WriterSettings): DocumentWriter {
  const { colors } = settings;
  return {
    async document(doc, entities) {
      let out = showsHeading(doc) ? `${colors.bold(doc.label)} ${colors.dim(`(${entities.length} entities)`)}\n` : '';
      if (entities.length > 0) {
        out += `${entityTable(entities, colors, settings.columns)}\n`;
      } else {
        out += `${colors.dim(`No entities found (${tokenize(doc.text).length} tokens).`)}\n`;
      }
      await write(settings.stdout, out);
    },
    end: async () => {},
  };
}

const BODY_MARKER = '\u0000body\u0000';

/** One standalone HTML page; each document a section with its own highlighting. */
function htmlWriter(settings: WriterSettings): DocumentWriter {
  const [head = '', tail = ''] = wrapHtmlDocument(BODY_MARKER, 'persian-ner').split(BODY_MARKER);
  let started = false;
  const start = async (): Promise<void> => {
    if (started) return;
    started = true;
    await write(settings.stdout, `${head}<style>body{max-width:60em;margin:2em auto;padding:0 1em}h2{font:600 1em system-ui,sans-serif;color:#555}</style>\n`);
  };
  return {
    async document(doc, entities) {
      await start();
      const heading = showsHeading(doc) ? headingHtml(doc) : '';
      await write(settings.stdout, `<section>${heading}${renderHtml(doc.text, entities, { labels: settings.labels })}</section>\n`);
    },
    async end() {
      await start();
      await write(settings.stdout, tail);
    },
  };
}

const WRITERS: Readonly<Record<OutputFormat, (settings: WriterSettings) => DocumentWriter>> = {
  table: tableWriter,
  json: jsonWriter,
  jsonl: jsonlWriter,
  html: htmlWriter,
};

/** The writer of a format. */
export function createWriter(format: OutputFormat, settings: WriterSettings): DocumentWriter {
  return WRITERS[format](settings);
}

/**
 * Terminal tables of entities and tokens (cli-table3 measures the width of Persian text correctly).
 */
import Table from 'cli-table3';
import type pc from 'picocolors';
import { summarizeValue } from '../html/summary';
import type { Entity, Token } from '../types';

type Paint = (text: string) => string;
/** picocolors' formatters, enabled or not. */
export type Colors = ReturnType<typeof pc.createColors>;

/** The colour of each built-in type in the terminal; user types are shown in bold. */
function typePainter(colors: Colors): (type: string) => Paint {
  const byType: Readonly<Record<string, Paint>> = {
    PERSON: colors.magenta,
    COUNTRY: colors.yellow,
    ORGANIZATION: colors.cyan,
    LOCATION: colors.green,
    DATE: colors.blue,
  };
  return (type) => byType[type] ?? colors.bold;
}

function newTable(head: string[], colors: Colors): Table.Table {
  return new Table({
    head: head.map((h) => colors.bold(h)),
    style: { head: [], border: [], compact: true },
    wordWrap: true,
  });
}

/** One row per entity: type (coloured), text, start–end, value summary, confidence. */
export function entityTable(entities: readonly Entity[], colors: Colors): string {
  const paint = typePainter(colors);
  const table = newTable(['type', 'text', 'span', 'value', 'conf.'], colors);
  for (const e of entities) {
    const type = String(e.type);
    table.push([paint(type)(type), e.text.replace(/\s+/g, ' '), `${e.start}–${e.end}`, summarizeValue(e), e.confidence.toFixed(2)]);
  }
  return table.toString();
}

/** One row per token: number, text, kind, start–end, normalized form. */
export function tokenTable(tokens: readonly Token[], colors: Colors): string {
  const table = newTable(['#', 'token', 'kind', 'span', 'normalized'], colors);
  tokens.forEach((t, i) => table.push([String(i + 1), t.text, t.kind, `${t.start}–${t.end}`, t.normalized === t.text ? '' : t.normalized]));
  return table.toString();
}

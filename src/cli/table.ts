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
    TIME: colors.blueBright,
    MONEY: colors.greenBright,
    PERCENT: colors.yellowBright,
  };
  return (type) => byType[type] ?? colors.bold;
}

function newTable(head: string[], colors: Colors, colWidths: number[] = []): Table.Table {
  return new Table({
    head: head.map((h) => colors.bold(h)),
    style: { head: [], border: [], compact: true },
    wordWrap: true,
    colWidths,
  });
}

type Row = string[];

/**
 * Renders the rows; when the table is wider than the terminal, narrows the `shrinkable` columns (last first)
 * and lets cli-table3 wrap them. Column widths are read off the top border, which has no text in it.
 */
function renderFitted(head: string[], rows: readonly Row[], colors: Colors, maxWidth: number | undefined, shrinkable: readonly number[]): string {
  const build = (widths: number[]): string => {
    const table = newTable(head, colors, widths);
    table.push(...rows);
    return table.toString();
  };
  const natural = build([]);
  const topBorder = natural.split('\n')[0] ?? '';
  if (maxWidth === undefined || topBorder.length <= maxWidth) return natural;
  const widths = topBorder.slice(1, -1).split('┬').map((segment) => segment.length);
  let overflow = topBorder.length - maxWidth;
  for (const column of [...shrinkable].reverse()) {
    const current = widths[column] ?? 0;
    const cut = Math.min(overflow, Math.max(0, current - MIN_WRAPPED_WIDTH));
    widths[column] = current - cut;
    overflow -= cut;
  }
  return build(widths);
}

/** Narrowest a wrapped column gets. */
const MIN_WRAPPED_WIDTH = 16;

/** One row per entity: type (coloured), text, start–end, value summary, confidence. */
export function entityTable(entities: readonly Entity[], colors: Colors, maxWidth?: number): string {
  const paint = typePainter(colors);
  const rows = entities.map((e) => {
    const type = String(e.type);
    return [paint(type)(type), e.text.replace(/\s+/g, ' '), `${e.start}–${e.end}`, summarizeValue(e), e.confidence.toFixed(2)];
  });
  return renderFitted(['type', 'text', 'span', 'value', 'conf.'], rows, colors, maxWidth, [1, 3]);
}

/** One row per token: number, text, kind, start–end, normalized form. */
export function tokenTable(tokens: readonly Token[], colors: Colors, maxWidth?: number): string {
  const rows = tokens.map((t, i) => [String(i + 1), t.text, t.kind, `${t.start}–${t.end}`, t.normalized === t.text ? '' : t.normalized]);
  return renderFitted(['#', 'token', 'kind', 'span', 'normalized'], rows, colors, maxWidth, [1, 4]);
}

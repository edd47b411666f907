import { afterEach, describe, expect, it } from 'vitest';
import { PARSERS } from '../../../src/recognizers/date/index';
import type { DateParser } from '../../../src/recognizers/date/parsers/parser';
import { dates } from './context';

/** Counts the calls of every parser (restored after each test). */
const originals = new Map<DateParser, DateParser['parse']>();
function countCalls(): { calls: number; empty: number } {
  const counts = { calls: 0, empty: 0 };
  for (const parser of PARSERS) {
    const parse = parser.parse;
    originals.set(parser, parse);
    (parser as { parse: DateParser['parse'] }).parse = (view, i, found) => {
      counts.calls++;
      const m = parse(view, i, found);
      if (!m) counts.empty++;
      return m;
    };
  }
  return counts;
}
afterEach(() => {
  for (const [parser, parse] of originals) (parser as { parse: DateParser['parse'] }).parse = parse;
  originals.clear();
});

describe('the scanner runs parsers only at anchors', () => {
  it('function words, numbers alone and month names without evidence start no parser', () => {
    const counts = countCalls();
    expect(dates('از این به با که در تا را برای پیش بعد گذشته قبل ۱۵ نفر و ۲۰ درصد به گزارش مهر و آذر گفت')).toEqual([]);
    expect(counts.calls).toBe(0);
  });
  it('each anchor of a date starts its parsers', () => {
    const counts = countCalls();
    expect(dates('۱۵ خرداد ۱۴۰۲ و سه روز پیش و دوشنبه گذشته').map((d) => d.text)).toEqual(['۱۵ خرداد ۱۴۰۲', 'سه روز پیش', 'دوشنبه گذشته']);
    expect(counts.empty).toBe(0);
  });
});

describe('refiners', () => {
  it('of overlapping dates the longest is kept', () => {
    // «دوشنبه» alone, and «دوشنبه ۲۸ اسفند ۱۴۰۲» from the month: one date
    expect(dates('روز دوشنبه ۲۸ اسفند ۱۴۰۲ بود').map((d) => d.text)).toEqual(['روز دوشنبه ۲۸ اسفند ۱۴۰۲']);
  });
});

/**
 * External date records (../shared/external-tests, kind 'date') run through our API where they map:
 * Jalali↔Gregorian conversions and parsing go through resolving a numeric date written in text
 * (e.g. «تاریخ ۱۴۰۲/۰۳/۱۵»); date extraction records through the DateScanner. Records for functions we do not
 * have (formatting, timeAgo, number-to-text) are counted n/a. A failing record not on KNOWN_DIFFERENCES fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dates } from '../recognizers/date/context';

const dir = new URL('../../../shared/external-tests/', import.meta.url);
const exists = existsSync(dir);
if (!exists) console.warn('../shared/external-tests is absent: the external date records are skipped');

const SOURCES = ['persiantools-py', 'persian-tools', 'parsinorm', 'issue-derived', 'parsivar'];

interface DateRecord {
  source: string;
  kind: string;
  function: string;
  input: unknown;
  expected: unknown;
  options?: { format?: string; locale?: string };
}

type Outcome = 'pass' | 'fail' | 'n/a';

/**
 * Known differences, as rules (no upstream input is copied here): a failing record that one of them covers is
 * counted as a known difference with its reason.
 */
const KNOWN_DIFFERENCES: ReadonlyArray<{ reason: string; applies: (r: DateRecord) => boolean }> = [
  {
    reason: 'strptime with an explicit format: Latin transliterated month names and field labels are not Persian text',
    applies: (r) => r.function === 'JalaliDate.strptime' && typeof r.input === 'string' && /[A-Za-z]/.test(r.input),
  },
  {
    reason: 'strptime %b/%B: a month name or its 3-letter abbreviation between hyphens/fields is a formatting artefact',
    applies: (r) => r.function === 'JalaliDate.strptime' && /%[bB]/.test(r.options?.format ?? ''),
  },
  {
    reason: 'strptime %y: two-digit years with a day ≤ 31 are ambiguous (yy-mm-dd vs dd-mm-yy) in running text',
    applies: (r) => r.function === 'JalaliDate.strptime' && /%y/.test(r.options?.format ?? ''),
  },
  {
    reason: 'strptime %Y%m%d / %c: an 8-digit run is a number in running text; %c abbreviates weekday and month (ش فرو)',
    applies: (r) => r.function === 'JalaliDate.strptime' && /^%Y%m%d$|%c/.test(r.options?.format ?? ''),
  },
  {
    reason: 'check_date called with strings: upstream rejects the argument type, not the date',
    applies: (r) => r.function === 'JalaliDate.check_date(y, m, d)' && Array.isArray(r.input) && r.input.some((x) => typeof x === 'string'),
  },
];

const pad = (n: number): string => String(n).padStart(2, '0');

/** The one day-granularity date we find in «تاریخ X است». */
function dayOf(text: string): { jalali?: string; gregorian?: string } | null {
  const found = dates(`تاریخ ${text} است`, '2023-06-05').filter((d) => d.value.granularity === 'day' && d.value.start);
  return found.length === 1 ? (found[0]?.value ?? null) : null;
}

function run(r: DateRecord): Outcome {
  const fn = r.function;
  if (fn === 'JalaliDate(y, m, d).to_gregorian()') {
    const [y, m, d] = (r.input as { jalali: number[] }).jalali;
    return dayOf(`${y}/${pad(m ?? 0)}/${pad(d ?? 0)}`)?.gregorian === (r.expected as { gregorian: string }).gregorian ? 'pass' : 'fail';
  }
  if (fn === 'JalaliDate(date(...))') {
    const [y, m, d] = (r.expected as { jalali: number[] }).jalali;
    return dayOf((r.input as { gregorian: string }).gregorian)?.jalali === `${y}-${pad(m ?? 0)}-${pad(d ?? 0)}` ? 'pass' : 'fail';
  }
  if (fn === 'JalaliDate.check_date(y, m, d)') {
    const [y, m, d] = r.input as number[];
    return (dayOf(`${y}/${pad(m ?? 0)}/${pad(d ?? 0)}`) !== null) === r.expected ? 'pass' : 'fail';
  }
  if (fn === 'JalaliDate.strptime' || fn === 'JalaliDate.fromisoformat') {
    if (typeof r.input !== 'string' || !r.expected || typeof r.expected !== 'object' || !('jalali' in r.expected)) return 'n/a';
    const [y, m, d] = (r.expected as { jalali: number[] }).jalali;
    return dayOf(r.input)?.jalali === `${y}-${pad(m ?? 0)}-${pad(d ?? 0)}` ? 'pass' : 'fail';
  }
  if (fn.startsWith('dateparser.parse')) {
    const found = dates(r.input as string, '2023-06-05').filter((d) => d.value.granularity === 'day');
    return found[0]?.value.gregorian === String(r.expected).slice(0, 10) ? 'pass' : 'fail';
  }
  if (fn === 'abbreviation.replace_date_abbreviation') {
    // We do not rewrite the text, but «سال 1400 ه.ش.» must be one Solar Hijri year with its era marker.
    const found = dates(r.input as string, '2023-06-05');
    return found.length === 1 && found[0]?.value.jalali === '1400' && /ه\.ش/.test(found[0].text) ? 'pass' : 'fail';
  }
  if (fn === 'Normalizer.normalize' && typeof r.expected === 'string') {
    // Parsivar rewrites «D month YYYY» as y…m…d…; we check we find the same dates (y0 = no year given).
    const wanted = [...r.expected.matchAll(/y(\d+)m(\d+)d(\d+)/g)].map(([, y, m, d]) => [Number(y), Number(m), Number(d)]);
    const found = dates(r.input as string, '2023-06-05').filter((d) => d.value.granularity === 'day' && d.value.calendar === 'jalali');
    const ok =
      wanted.length > 0 &&
      wanted.every(([y, m, d]) =>
        found.some((f) => {
          const [fy, fm, fd] = (f.value.jalali ?? '').split('-').map(Number);
          return fm === m && fd === d && (y === 0 ? f.value.relative === true : fy === y);
        }),
      );
    return ok ? 'pass' : 'fail';
  }
  return 'n/a'; // formatting, timeAgo, remainingTime, checkFormatDateTime, date_to_text, time_to_text
}

describe.skipIf(!exists)('external date records', () => {
  it('pass or are known differences', () => {
    const unexpected: string[] = [];
    for (const source of SOURCES) {
      const counts: Record<Outcome | 'known', number> = { pass: 0, fail: 0, 'n/a': 0, known: 0 };
      const lines = readFileSync(new URL(`${source}.jsonl`, dir), 'utf8').split('\n').filter((l) => l.trim());
      for (const line of lines.slice(1)) {
        const r = JSON.parse(line) as DateRecord;
        if (r.kind !== 'date') continue;
        const outcome = run(r);
        const key = `${r.function}|${JSON.stringify(r.input)}`;
        if (outcome === 'fail' && KNOWN_DIFFERENCES.some((k) => k.applies(r))) counts.known++;
        else {
          counts[outcome]++;
          if (outcome === 'fail') unexpected.push(`${r.source} ${key} → ${JSON.stringify(r.expected)}`);
        }
      }
      console.log(`${source}: ${counts.pass} pass, ${counts.known} known differences, ${counts['n/a']} n/a, ${counts.fail} fail`);
    }
    expect(unexpected).toEqual([]);
  });
});

// The command line loses nothing: bad input lines, documents that fail and unwritable output are reported
// with their line, and every good document is written once, in order (with and without --jobs).
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers';

describe('extract: reference dates the calendars cannot convert', () => {
  it('refuses a reference date after the last supported day, naming the flag and the day (status 2)', async () => {
    const result = await runCli(['extract', '-r', '9999-12-31'], { stdin: 'امروز' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("persian-ner: option '-r, --reference-date <date>' argument '9999-12-31' is invalid. expected a date up to 3799-03-19 (the last day the calendars convert). (see persian-ner --help)\n");
    expect((await runCli(['extract', '-r', '3799-03-19'], { stdin: 'امروز' })).status).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { parseReferenceDate } from '../../src/cli/options';
import { runCli } from './helpers';

describe('--reference-date', () => {
  it('takes a Solar Hijri day as a Persian user types it: Persian digits, slashes, one-digit months', () => {
    for (const typed of ['۱۴۰۲/۱۰/۲۵', '1402/10/25', '۱۴۰۲-۱۰-۲۵', '1402-10-25', ' ١٤٠٢/١٠/٢٥ ']) {
      expect(parseReferenceDate(typed), typed).toBe('2024-01-15');
    }
    expect(parseReferenceDate('۱۴۰۲/۱/۵')).toBe('2023-03-25');
    expect(parseReferenceDate('2024/01/15')).toBe('2024-01-15');
  });

  it('refuses mixed separators and impossible days', () => {
    for (const bad of ['1402/10-25', '۱۴۰۲/۱۳/۰۱', '1402/12/31', '2023/02/29', '۱۴۰۲']) expect(() => parseReferenceDate(bad), bad).toThrow(/expected a day/);
  });

  it('resolves relative dates against it on the command line', async () => {
    const persian = await runCli(['extract', '-r', '۱۴۰۲/۱۰/۲۵'], { stdin: 'امروز در تهران' });
    const gregorian = await runCli(['extract', '-r', '2024-01-15'], { stdin: 'امروز در تهران' });
    expect(persian.status).toBe(0);
    expect(persian.stdout).toBe(gregorian.stdout);
  });
});

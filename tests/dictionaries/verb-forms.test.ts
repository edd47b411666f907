import { describe, expect, it } from 'vitest';
import { verbForms } from '../../src/dictionaries/verb-forms';

describe('verb forms', () => {
  it('makes the past, the perfect and the present of a verb, negated too', () => {
    const forms = verbForms(['کرد/کن']);
    for (const form of ['کرد', 'کردند', 'نکرد', 'نکردیم', 'کرده', 'نکرده', 'کرده‌اند', 'کند', 'کنند', 'بکند', 'نکنند']) expect(forms).toContain(form);
  });

  it('writes ب and ن before a stem in آ as بی and نی', () => {
    const forms = verbForms(['آورد/آور']);
    expect(forms).toContain('بیاورد');
    expect(forms).toContain('نیاورد');
    expect(forms).not.toContain('بآورد');
  });

  it('leaves out the bare present with ی, the noun of split compounds («برنامه ریزی»)', () => {
    const forms = verbForms(['ریخت/ریز']);
    expect(forms).toContain('ریزد');
    expect(forms).toContain('بریزی');
    expect(forms).not.toContain('ریزی');
  });

  it('lists each form once', () => {
    const forms = verbForms(['کرد/کن', 'کرد/کن']);
    expect(new Set(forms).size).toBe(forms.length);
  });
});

import { describe, expect, it } from 'vitest';
import { analyze, createExtractor } from '../src/index';

describe('analyze', () => {
  it('returns entities and no note for Persian text', () => {
    const result = analyze('الهام علی‌اف در باکو گفت که ایران همسایه ماست');
    expect(result.language.language).toBe('fa');
    expect(result.notes).toEqual([]);
    expect(result.entities.map((e) => e.text)).toContain('باکو');
  });

  it('notes when the text looks Arabic', () => {
    const result = analyze('قال الرئيس إن المفاوضات ستستأنف في الأسبوع المقبل في العاصمة القطرية الدوحة');
    expect(result.language.language).toBe('ar');
    expect(result.notes[0]).toMatch(/Arabic, not Persian/);
  });

  it('notes when the text is not Persian at all', () => {
    expect(analyze('The quick brown fox jumps over the lazy dog').notes[0]).toMatch(/does not look Persian/);
  });

  it('uses the extractor it is given', () => {
    const extractor = createExtractor({ entries: [{ type: 'PRODUCT', text: 'پیکان' }] });
    expect(analyze('یک پیکان', { extractor }).entities.map((e) => e.type)).toEqual(['PRODUCT']);
  });
});

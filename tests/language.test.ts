import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../src/language';

describe('detectLanguage', () => {
  it('recognizes Persian, short and long', () => {
    expect(detectLanguage('رئیس جمهور').language).toBe('fa');
    expect(detectLanguage('نماینده رییس جمهوری در امور دریای خزر با رییس جمهوری آذربایجان دیدار کرد').language).toBe('fa');
  });
  it('recognizes Arabic and Urdu', () => {
    expect(detectLanguage('هذا نص عربي قصير للاختبار في المدرسة والجامعة').language).toBe('ar');
    expect(detectLanguage('مدرسة').language).toBe('ar');
    expect(detectLanguage('یہ اردو زبان میں ایک مختصر متن ہے جو جانچ کے لیے لکھا گیا ہے').language).toBe('ur');
  });
  it('reports other scripts and empty text', () => {
    expect(detectLanguage('Hello world, this is English.')).toMatchObject({ language: 'other', script: 'latin' });
    expect(detectLanguage('123 !!!')).toEqual({ language: 'und', script: 'none' });
    expect(() => detectLanguage(3 as unknown as string)).toThrow(TypeError);
  });
});

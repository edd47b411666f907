import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentenceSpansNormalized, sentences, tokenize, tokenizeNormalized } from '../../src/tokenize/index';

const texts = (s: string): string[] => tokenize(s).map((t) => t.text);
const kinds = (s: string): string[] => tokenize(s).map((t) => `${t.text}|${t.kind}`);

describe('tokenize', () => {
  it('keeps ZWNJ words whole and splits punctuation', () => {
    expect(texts('می‌خواهم کتاب‌ها را «بخرم»، (فردا)؛ آیا؟!')).toEqual(['می‌خواهم', 'کتاب‌ها', 'را', '«', 'بخرم', '»', '،', '(', 'فردا', ')', '؛', 'آیا', '؟!']);
  });
  it('makes one word of what Persian writes as one, and no token of an ezafe or an invisible character', () => {
    const forms = (s: string): string[] => tokenize(s).map((t) => `${t.text}|${t.normalized}`);
    expect(forms('می توان گفت')).toEqual(['می توان|می‌توان', 'گفت|گفت']);
    expect(forms('بی دلیل')).toEqual(['بی دلیل|بی‌دلیل']);
    expect(forms('جمعهها')).toEqual(['جمعهها|جمعه‌ها']);
    expect(forms('کتاب\u200bخانه')).toEqual(['کتاب\u200bخانه|کتاب‌خانه']);
    expect(forms('خانه ی ما')).toEqual(['خانه|خانه', 'ما|ما']);
    expect(forms('این\u200fیک')).toEqual(['این|این', 'یک|یک']);
    expect(forms('خانه\u200fها')).toEqual(['خانه\u200fها|خانه‌ها']);
    expect(forms('۹متر')).toEqual(['۹|۹', 'متر|متر']);
  });
  it('gives exact original offsets and normalized forms', () => {
    const input = 'كتاب ها  مي رود';
    const tokens = tokenize(input);
    expect(tokens.map((t) => [t.text, t.start, t.end, t.normalized])).toEqual([
      ['كتاب ها', 0, 7, 'کتاب‌ها'],
      ['مي رود', 9, 15, 'می‌رود'],
    ]);
  });
  it('keeps numbers with separators and numeric dates as one token', () => {
    expect(kinds('3.5 و 1,000 و ۳٫۵ و ۱۴۰۲/۰۳/۱۵ و 1402-3-15 و 2023-06-05 و ۲۰۲۳/۰۶/۰۵')).toEqual([
      '3.5|number', 'و|word', '1,000|number', 'و|word', '۳٫۵|number', 'و|word', '۱۴۰۲/۰۳/۱۵|date', 'و|word',
      '1402-3-15|date', 'و|word', '2023-06-05|date', 'و|word', '۲۰۲۳/۰۶/۰۵|date',
    ]);
  });
  it('recognizes URLs, e-mails, mentions, hashtags, Latin words', () => {
    expect(kinds('https://a.ir/x?y=1. a@b.com @ali_1 #سلام_دنیا #تست‌ها COVID-19')).toEqual([
      'https://a.ir/x?y=1|url', '.|punctuation', 'a@b.com|email', '@ali_1|mention', '#سلام_دنیا|hashtag',
      '#تست‌ها|hashtag', 'COVID-19|latin',
    ]);
  });
  it('never splits emoji sequences', () => {
    expect(kinds('👋🏽 👨‍👩‍👧 🇮🇷 1️⃣ ❤️')).toEqual(['👋🏽|emoji', '👨‍👩‍👧|emoji', '🇮🇷|emoji', '1️⃣|emoji', '❤️|emoji']);
  });
  it('keeps abbreviations whole', () => {
    expect(texts('سال ۱۳۵۸ ه.ق. و آ.د.ک')).toEqual(['سال', '۱۳۵۸', 'ه.ق.', 'و', 'آ.د.ک']);
  });
  it('splits entity debris from the word before it', () => {
    expect(texts("اف'39؛ رییس")).toEqual(['اف', "'39؛", 'رییس']);
  });
  it('tokenizeNormalized works on normalized text offsets', () => {
    expect(tokenizeNormalized('سلام، دنیا')).toEqual([
      { start: 0, end: 4, kind: 'word' },
      { start: 4, end: 5, kind: 'punctuation' },
      { start: 6, end: 10, kind: 'word' },
    ]);
  });
});

describe('sentences', () => {
  it('splits at terminators and line breaks', () => {
    expect(sentences('سلام. خوبی؟ بله!\nخط دوم').map((s) => s.text)).toEqual(['سلام.', 'خوبی؟', 'بله!', 'خط دوم']);
  });
  it('does not split inside numbers, abbreviations, initials, URLs', () => {
    expect(sentences('قیمت 3.5 دلار در سال ۱۳۵۸ ه.ش بود. ا. محمدی به www.a.com رفت.').map((s) => s.text)).toEqual([
      'قیمت 3.5 دلار در سال ۱۳۵۸ ه.ش بود.',
      'ا. محمدی به www.a.com رفت.',
    ]);
  });
  it('keeps a closing quote with its sentence', () => {
    expect(sentenceSpansNormalized('«سلام.» بعد')).toEqual([
      [0, 7],
      [8, 11],
    ]);
  });
});

const corpusPath = resolve(__dirname, '../../../shared/corpus/caspian-summit-news.txt');
const hasCorpus = existsSync(corpusPath);
if (!hasCorpus) console.log(`skipping founding-article tests: ${corpusPath} not found`);

describe.skipIf(!hasCorpus)('founding article', () => {
  const text = hasCorpus ? readFileSync(corpusPath, 'utf8') : '';
  it('tokenizes with every offset exact', () => {
    const tokens = tokenize(text);
    let lastEnd = 0;
    for (const t of tokens) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.start).toBeGreaterThanOrEqual(lastEnd);
      lastEnd = t.end;
    }
    const name = tokens.filter((t) => t.start >= 312 && t.end <= 324).map((t) => t.text);
    expect(name).toEqual(['الهام', 'علی', 'اف']);
    expect(tokens.find((t) => t.end === 324)?.start).toBe(322);
    expect(tokens.find((t) => t.start === 324)?.text).toBe("'39؛");
  });
  it('splits sentences with exact offsets', () => {
    const s = sentences(text);
    expect(s.length).toBeGreaterThan(10);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
});

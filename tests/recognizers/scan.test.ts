import { describe, expect, it } from 'vitest';
import { builtinData } from '../../src/dictionaries/builtin';
import { buildLexicon } from '../../src/dictionaries/lexicon';
import { normalize } from '../../src/normalize/index';
import { Scan } from '../../src/recognizers/scan';
import type { RecognizerContext, WorkToken } from '../../src/recognizers/types';
import { Vocabulary, WordFlag } from '../../src/recognizers/words';
import { kindAt, scanTokens } from '../../src/tokenize/index';

const lexicon = buildLexicon({ builtin: builtinData, excludeBuiltinTypes: new Set(), removed: [], dictionaries: [] });
const vocabulary = new Vocabulary(lexicon);

/** The context of `input` read as one block, as the extractor makes it. */
function contextOf(input: string): RecognizerContext {
  const text = normalize(input);
  const spans = scanTokens(text);
  const tokens: WorkToken[] = [];
  for (let k = 0; k < spans.count; k++) {
    const start = spans.starts[k]!;
    const end = spans.ends[k]!;
    const word = vocabulary.wordIn(text, start, end);
    tokens.push({ start, end, text: word.text, kind: kindAt(spans, k), key: word.key, word });
  }
  return { text, tokens, referenceDate: new Date('2024-01-15T00:00:00Z') };
}

const LONG = 'وزیر امور خارجه ایران، محمد جواد ظریف، در تهران با سازمان ملل متحد و دانشگاه تهران دیدار کرد . ۱۵ درصد';
const SHORT = 'تهران';

describe('the shared scan of a block', () => {
  it('finds the token that starts or ends at an offset, and none elsewhere', () => {
    const context = contextOf(LONG);
    const scan = new Scan().start(context, lexicon);
    const { tokens } = context;
    for (let offset = -2; offset <= context.text.length + 2; offset++) {
      expect(scan.tokenStartingAt(offset)).toBe(tokens.findIndex((t) => t.start === offset));
      expect(scan.tokenEndingAt(offset)).toBe(tokens.findIndex((t) => t.end === offset));
    }
  });

  it('knows which flags some word of the block has', () => {
    const scan = new Scan().start(contextOf(LONG), lexicon);
    expect(scan.blockHas(WordFlag.percent)).toBe(true);
    expect(scan.blockHas(WordFlag.hasOrganizationHead)).toBe(true);
    const plain = new Scan().start(contextOf('او به خانه رفت'), lexicon);
    expect(plain.blockHas(WordFlag.percent)).toBe(false);
    expect(plain.blockHas(WordFlag.hasOrganizationHead)).toBe(false);
  });

  it.each([
    ['the next block of a text', false],
    ['the next text', true],
  ])('forgets the matches of a longer block: %s reads as in a new scan', (_, finished) => {
    const scan = new Scan();
    const long = contextOf(LONG);
    scan.start(long, lexicon);
    const longMatches = long.tokens.map((_, i) => scan.gazetteerAt(i).length + scan.namesAt(i).length);
    expect(longMatches.some((n) => n > 0)).toBe(true);
    if (finished) scan.finish();
    const short = contextOf(SHORT);
    scan.start(short, lexicon);
    const fresh = new Scan().start(short, lexicon);
    for (let i = -1; i < long.tokens.length + 1; i++) {
      expect(scan.gazetteerAt(i)).toEqual(fresh.gazetteerAt(i));
      expect(scan.namesAt(i)).toEqual(fresh.namesAt(i));
      expect(scan.namePartsAt(i)).toEqual(fresh.namePartsAt(i));
    }
    // past the short block's one token, nothing: the long block's matches there are not read
    expect(scan.gazetteerAt(3)).toEqual([]);
    expect(scan.tokenStartingAt(long.tokens[3]!.start)).toBe(-1);
  });
});

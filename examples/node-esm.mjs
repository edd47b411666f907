// Run from the repository after `npm run build`: node examples/node-esm.mjs
// ('persian-ner' resolves to this package itself through its "exports").
import { createExtractor, extractEntities, renderHtml } from 'persian-ner';

const text = 'الهام علی اف، رییس جمهوری آذربایجان، دیروز در باکو با وزیر امور خارجه ایران دیدار کرد.';

for (const e of extractEntities(text, { referenceDate: '2010-11-01' })) {
  console.log(`${e.type.padEnd(12)} ${e.text}  [${e.start}, ${e.end})`, e.value ?? '');
}

// Your own entries, next to the built-in dictionaries; their `source` is 'user'.
const extractor = createExtractor({ entries: [{ type: 'DRUG', text: 'آسپرین', aliases: ['اسپرین'] }] });
console.log(extractor.extract('برای سردرد آسپرین خوردم.', { types: ['DRUG'] }));

// displaCy-style HTML, right to left, with Persian labels.
console.log(renderHtml(text, extractEntities(text), { labels: 'fa' }).length, 'characters of HTML');

import { charPass } from './src/normalize/char-pass';
import { spacingPass } from './src/normalize/spacing-pass';
import { actionTableFor } from './src/normalize/char-tables';
import { resolveNormalizeOptions } from './src/normalize/options';
import { readFileSync } from 'node:fs';
const t = readFileSync('/work/shared/corpus/caspian-summit-news.txt', 'utf8').repeat(3000);
const o = resolveNormalizeOptions(); const tab = actionTableFor(o);
for (let r = 0; r < 3; r++) {
let t0 = performance.now(); const p1 = charPass(t, o, tab); const t1 = performance.now(); const p2 = spacingPass(p1.out, p1.protectedSpans, o); const t2 = performance.now(); const s = p2.toString(); const t3 = performance.now();
console.log((t1-t0).toFixed(0), (t2-t1).toFixed(0), (t3-t2).toFixed(0));
}

import { readFileSync } from 'node:fs';
const t = readFileSync('/work/shared/corpus/caspian-summit-news.txt', 'utf8').repeat(3000);
const n = t.length;
for (let r = 0; r < 3; r++) {
  let t0 = performance.now();
  const u = new Uint16Array(n); const s = new Int32Array(n); const e = new Int32Array(n);
  for (let i = 0; i < n; i++) { u[i] = t.charCodeAt(i); s[i] = i; e[i] = i + 1; }
  const t1 = performance.now();
  const dec = new TextDecoder('utf-16le'); const str = dec.decode(u);
  const t2 = performance.now();
  console.log((t1 - t0).toFixed(0), (t2 - t1).toFixed(0), str.length === n);
}

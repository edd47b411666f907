import { pathToFileURL } from 'node:url';
import { makeCorpus } from './bench/corpus';
const next = (await import(pathToFileURL(process.cwd() + '/node_modules/.cache/ab/next.js').href)) as typeof import('./src/index');
const corpus = makeCorpus(process.cwd(), 1e6);
for (let k = 0; k < 12; k++) next.extractEntities(corpus, { referenceDate: '2024-01-15' });

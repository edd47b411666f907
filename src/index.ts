/**
 * persian-ner: named entities in Persian text.
 * @packageDocumentation
 */
export * from './types';
export { normalize, normalizeWithMap, dictionaryKey } from './normalize/index';
export type { NormalizeOptions, NormalizedText } from './normalize/index';
export { tokenize, sentences } from './tokenize/index';
export { extractEntities, createExtractor } from './extractor';
export type { ExtractOptions, Extractor, ExtractorConfig } from './extractor';
export { parseDictionary, validateDictionary, DictionaryError } from './dictionaries/user';
export type { DictionaryEntry, UserDictionary, ParseDictionaryOptions } from './dictionaries/user';
export type { RemovedEntry } from './dictionaries/lexicon';
export { renderHtml, toDisplacy } from './html/index';
export type { RenderHtmlOptions, DisplacyDocument, DisplacyEntity } from './html/index';
export { detectLanguage } from './language';
export type { LanguageGuess } from './language';
export { analyze } from './analyze';
export type { Analysis, AnalyzeOptions } from './analyze';
export { extractStream } from './stream/index';
export type { ExtractStreamOptions } from './stream/index';

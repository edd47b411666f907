import { extractEntities } from '../../src/index';
import type { Entity } from '../../src/types';

/** `TYPE:text` of every entity, in order: compact to assert on. */
export const found = (text: string, types?: string[]): string[] =>
  extractEntities(text, { referenceDate: '2024-01-15', ...(types ? { types } : {}) }).map((e: Entity) => `${e.type}:${e.text}`);

/** The entity whose text is exactly `span`. */
export const entity = (text: string, span: string): Entity | undefined =>
  extractEntities(text, { referenceDate: '2024-01-15' }).find((e) => e.text === span);

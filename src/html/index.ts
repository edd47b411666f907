/**
 * HTML output: displaCy-style highlighting for right-to-left text, and displaCy's manual format.
 * Browser-safe.
 */
export { renderHtml, toDisplacy, escapeHtml, wrapHtmlDocument, typeClassName, typeColor, PERSIAN_LABELS, TYPE_COLORS } from './render';
export type { RenderHtmlOptions, DisplacyDocument, DisplacyEntity } from './render';
export { summarizeValue } from './summary';

/** Option sets of `normalize` the tests share. */
import type { NormalizeOptions } from '../../src/normalize/index';

/** Every step of the normalizer switched off: the base of the sets that run one step alone. */
export const NO_STEP: Readonly<NormalizeOptions> = {
  persianLetters: false,
  tehMarbuta: false,
  ezafe: 'keep',
  alefHamza: false,
  presentationForms: false,
  digits: 'keep',
  diacritics: false,
  kashida: false,
  controls: false,
  spacing: false,
  zwnj: false,
  affixes: false,
  punctuation: false,
  quotes: false,
  punctuationSpacing: false,
  htmlEntities: false,
};

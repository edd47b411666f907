/**
 * The ezafe after a word ending in ه: Persian links a noun to what qualifies it with an unwritten vowel (-e),
 * which after a final ه (a vowel itself) must be written. Writers spell it in five ways: «خانهٔ» (hamza above),
 * «خانۀ» (one character), «خانه‌ی» and «خانه ی» (a yeh after a ZWNJ or a space), «خانهء» and «خانه ء» (a
 * standalone hamza). The normalizer writes one form (`ezafe` option); here is how the spaced and joined forms are
 * recognized. Decided on code units: this runs at spaces of Persian text.
 */

import { CHAR_FLAGS, F_AR_LETTER, F_MARK } from './char-tables';

const HEH = 0x0647;
const ZWNJ = 0x200c;
const HAMZA = 0x0621;

/** The letters that spell the ezafe after ه: ی (with its Arabic forms ي ى) and the standalone hamza ء. */
export function isEzafeLetter(unit: number): boolean {
  return unit === 0x06cc || unit === 0x064a || unit === 0x0649 || unit === HAMZA;
}

/**
 * Words ending in ه that never take an ezafe: «که» (that), «چه» (what), «نه» (no), «به» (to). A yeh after them is
 * something else (a letter being named, a typo), so it is left alone.
 */
const NO_EZAFE: ReadonlyArray<readonly [number, number]> = [
  [0x06a9, HEH], // که
  [0x0686, HEH], // چه
  [0x0646, HEH], // نه
  [0x0628, HEH], // به
];

/**
 * Whether `units[from, to)` (a Persian word) takes an ezafe written after it: it ends in ه and has at least one
 * letter before (a lone «ه» is the letter's name), and it is no function word.
 */
export function takesEzafe(units: ArrayLike<number>, from: number, to: number): boolean {
  if (from < 0 || to - from < 2 || units[to - 1] !== HEH) return false;
  if (to - from === 2) for (const [a, b] of NO_EZAFE) if (units[from] === a && units[from + 1] === b) return false;
  return true;
}

/**
 * Whether the ezafe letter at `units[at]` stands alone: what follows it is no letter of the Arabic script and no
 * combining mark («خانه ی ما», «خانه ی، ما»; not «خانه یاب»). A run of ZWNJ after it is looked through when the ZWNJ
 * step will make it one (`joinersCollapse`); when ZWNJ are kept as typed, the word goes on past a single ZWNJ
 * before a letter or a mark only («خانه‌ی‌ٔ»: a mark there would make a second pass read an ezafe «‌ٔ»).
 */
export function standsAlone(units: ArrayLike<number>, at: number, end: number, joinersCollapse: boolean): boolean {
  let k = at + 1;
  if (!joinersCollapse && units[k] === ZWNJ) return k + 1 >= end || (flagsOf(units[k + 1] ?? 0) & (F_AR_LETTER | F_MARK)) === 0;
  while (k < end && units[k] === ZWNJ) k++;
  return k >= end || (flagsOf(units[k] ?? 0) & (F_AR_LETTER | F_MARK)) === 0;
}

function flagsOf(unit: number): number {
  return CHAR_FLAGS[unit] ?? 0;
}

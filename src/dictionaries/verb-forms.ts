/**
 * The finite forms of Persian verbs, made from their two stems: «کرد / کن» gives کرد، کردند، نکرد، کرده،
 * کرده‌اند، کند، کنند، بکند، نکنند … A verb ends a name (a head noun followed by a verb is an ordinary noun:
 * «شرکت نکرد», «دولت توانسته»). Forms with می/نمی are found by their prefix and are not made here.
 */

/**
 * A verb by its past and present stems written `past/present` («کرد/کن»); a present stem ending in a vowel
 * carries its ی («آمد/آی», «گفت/گوی»).
 */
export type VerbStems = string;

const PERSON_ENDINGS_PAST = ['م', 'ی', '', 'یم', 'ید', 'ند'];
const PERSON_ENDINGS_PRESENT = ['م', 'ی', 'د', 'یم', 'ید', 'ند'];
/** The perfect: the participle with the present of «بودن» written on (کرده‌ام، کرده‌اند). */
const PERFECT_ENDINGS = ['', '‌ام', '‌ای', '‌ایم', '‌اید', '‌اند'];

/** «ب» and «ن» before a stem that opens with «آ» are written «بی», «نی»: بیاید، نیاورد. */
function prefixed(prefix: string, stem: string): string {
  return stem.startsWith('آ') ? `${prefix}یا${stem.slice(1)}` : prefix + stem;
}

/** Every form of one verb this module knows, without the می/نمی forms. */
function formsOf(stems: VerbStems): string[] {
  const [past = '', present = ''] = stems.split('/');
  const forms: string[] = [];
  for (const stem of [past, prefixed('ن', past)]) {
    for (const ending of PERSON_ENDINGS_PAST) forms.push(stem + ending);
    for (const ending of PERFECT_ENDINGS) forms.push(`${stem}ه${ending}`);
  }
  for (const stem of [present, prefixed('ب', present), prefixed('ن', present)]) {
    // the bare present stem with ی is a noun of a compound far more often than "you do": «برنامه ریزی»
    for (const ending of PERSON_ENDINGS_PRESENT) if (stem !== present || ending !== 'ی') forms.push(stem + ending);
  }
  return forms;
}

/** The verb forms of `verbs`, each once. */
export function verbForms(verbs: readonly VerbStems[]): string[] {
  return [...new Set(verbs.flatMap(formsOf))];
}

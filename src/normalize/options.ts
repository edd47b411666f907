/** Options of {@link normalize}; every step can be switched. STUB: the foundation work defines the full set. */
export interface NormalizeOptions {
  digits?: 'fa' | 'en' | 'keep';
}

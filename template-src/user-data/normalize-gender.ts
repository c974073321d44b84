import { lookup } from '../lib/tables';
import { GENDER_WORDS } from '../meta/compact';
import { SEPARATORS } from './characters';

/** ge: "m" or "f" from a word that states it ("Female", "f.", "Mr"); undefined otherwise. */
export function normalizeGender(value: string): string | undefined {
  return lookup(GENDER_WORDS, value.toLowerCase().replace(SEPARATORS, ''));
}

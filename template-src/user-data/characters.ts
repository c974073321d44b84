/**
 * The characters the normalizers remove, as createRegex patterns (RE2): the
 * sandbox has no regex literals and no charCodeAt. The classes themselves
 * are listed in meta/data/characters.ts. Built once per event and used with
 * String replace, which starts over for every call.
 */
import { createRegex } from '../sandbox/apis';
import { PUNCTUATION_CLASS, WHITESPACE_CLASS } from '../meta/compact';

/** Whitespace and punctuation: what names, cities and states are written without. */
export const SEPARATORS = /* @__PURE__ */ createRegex(
  '[' + WHITESPACE_CLASS + PUNCTUATION_CLASS + ']',
  'g',
)!;
/** The same, and digits. */
export const SEPARATORS_AND_DIGITS = /* @__PURE__ */ createRegex(
  '[' + WHITESPACE_CLASS + PUNCTUATION_CLASS + '0-9]',
  'g',
)!;

/**
 * Character classes for the normalizers. The sandbox has no regular
 * expressions on strings and no charCodeAt, so text is filtered one
 * character at a time against these sets.
 */
export const DIGITS = '0123456789';

export const LATIN_LOWERCASE = 'abcdefghijklmnopqrstuvwxyz';

/** ASCII and Unicode spaces, tabs, line breaks, the byte-order mark and zero-width space. */
export const WHITESPACE =
  ' \t\n\r\u000b\f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009' +
  '\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff';

export const ASCII_PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

/**
 * Punctuation that phones and word processors put into names and places:
 * curly quotes and apostrophes (O’Brien), dashes, dots, guillemets, and the
 * CJK and full-width marks. None of them is part of a name.
 */
export const UNICODE_PUNCTUATION =
  '\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2032\u2033\u00b4\u02bb\u02bc\u02cb' +
  '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00b7\u2022\u2026\u00ab\u00bb\u2039\u203a' +
  '\u00bf\u00a1\u00a7\u00b6\u00a8\u00af\u00b8\u00b0\u00ae\u00a9\u2122\u2044\u30fb\u3001' +
  '\u3002\u3003\u3008\u3009\u300a\u300b\u300c\u300d\u300e\u300f\u3010\u3011\u3014\u3015' +
  '\u301c\u301d\u301e\u301f\uff01\uff02\uff03\uff04\uff05\uff06\uff07\uff08\uff09\uff0a' +
  '\uff0b\uff0c\uff0d\uff0e\uff0f\uff1a\uff1b\uff1c\uff1d\uff1e\uff1f\uff20\uff3b\uff3c' +
  '\uff3d\uff3e\uff3f\uff40\uff5b\uff5c\uff5d\uff5e\uff61\uff64\uff65';

/** Every character of `text` that is not in `remove`. */
export function removeCharacters(text: string, remove: string): string {
  let kept = '';
  for (let i = 0; i < text.length; i++) {
    const character = text.charAt(i);
    if (remove.indexOf(character) < 0) kept += character;
  }
  return kept;
}

/** Only the characters of `text` that are in `keep`. */
export function keepCharacters(text: string, keep: string): string {
  let kept = '';
  for (let i = 0; i < text.length; i++) {
    const character = text.charAt(i);
    if (keep.indexOf(character) >= 0) kept += character;
  }
  return kept;
}

export function consistsOf(text: string, allowed: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (allowed.indexOf(text.charAt(i)) < 0) return false;
  }
  return true;
}

/**
 * Lowercase, without whitespace or punctuation, letters of every script
 * kept: the shape Meta wants for names, cities and states.
 */
export function compactLowercase(text: string): string {
  return removeCharacters(text.toLowerCase(), WHITESPACE + ASCII_PUNCTUATION + UNICODE_PUNCTUATION);
}

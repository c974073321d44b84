/**
 * The width prettier gives a table cell when it aligns a markdown table:
 * East Asian wide and fullwidth characters take two columns, control
 * characters and combining marks none, every other character one. (Prettier
 * also counts some emoji sequences as one wide character; the field
 * reference test formats a table with prettier to catch a difference.)
 */
import { eastAsianWidthType } from 'get-east-asian-width';

const ALL_PRINTABLE_ASCII = /^[\x20-\x7F]*$/;
const ZERO_WIDTH_MARK = /[\p{Nonspacing_Mark}\p{Enclosing_Mark}]/u;

export function textWidth(text: string): number {
  if (ALL_PRINTABLE_ASCII.test(text)) return text.length;
  let width = 0;
  for (const character of text) {
    const codePoint = character.codePointAt(0)!;
    if (codePoint <= 31 || (codePoint >= 127 && codePoint <= 159)) continue;
    if (ZERO_WIDTH_MARK.test(character)) continue;
    const type = eastAsianWidthType(codePoint);
    width += type === 'fullwidth' || type === 'wide' ? 2 : 1;
  }
  return width;
}

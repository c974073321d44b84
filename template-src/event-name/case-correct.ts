import { lookup } from '../user-data/objects';
import { STANDARD_EVENTS } from './standard-events';

const SEPARATORS = ' _-';

const BY_LOOSE_NAME: { [looseName: string]: string } = {};
STANDARD_EVENTS.forEach((name) => {
  BY_LOOSE_NAME[looseName(name)] = name;
});

/**
 * A standard event's name in Meta's spelling when `name` is one in another
 * case or with separators ("purchase", "ADD_TO_CART", "view content");
 * otherwise `name` unchanged.
 */
export function caseCorrected(name: string): string {
  const standard = lookup(BY_LOOSE_NAME, looseName(name));
  return standard !== undefined ? standard : name;
}

function looseName(name: string): string {
  let loose = '';
  const lower = name.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if (SEPARATORS.indexOf(lower.charAt(i)) < 0) loose += lower.charAt(i);
  }
  return loose;
}

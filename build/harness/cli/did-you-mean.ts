/**
 * Messages for a name that is not one of the known names: the closest known
 * name by edit distance (ignoring case, so `pixelID` finds `pixelId`), or
 * the list of known names when none is close.
 */
import { distance } from 'fastest-levenshtein';

/** The known name closest to `name`, if it is within a third of the name's length (at least 1 edit). */
export function closestName(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const limit = Math.max(1, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** `unknown <what> "x": did you mean "y"?`, or the known names when none is close. */
export function unknownName(what: string, name: string, known: readonly string[]): string {
  const close = closestName(name, known);
  if (close !== undefined) return `unknown ${what} "${name}": did you mean "${close}"?`;
  return `unknown ${what} "${name}" (known: ${known.join(', ') || 'none'})`;
}

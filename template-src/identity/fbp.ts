/**
 * fbp: the browser ID. When none exists it is generated, and two hits of the
 * same browser that arrive before either has stored a cookie (a page_view and
 * a view_item milliseconds apart) must get the SAME value, or Meta sees two
 * browsers. So the value is derived from the GA client_id, which every hit of
 * one browser shares:
 *
 *   client_id = <random>.<first visit, unix seconds>      (GA4: 1234567890.1700000000)
 *   h         = sha256hex('fbp|' + client_id)
 *   creation  = first visit seconds * 1000 + (h[8..11] as an integer) mod 1000
 *   random    = 1000000000 + (h[0..8] as an integer) mod 1147483648
 *   fbp       = fb.<subdomain index>.<creation>.<random>
 *
 * The creation time is the browser's first visit, which is what Meta asks
 * for when no cookie existed ("the time the value was first seen"); the
 * random part has the Pixel's range (10 digits, below 2^31) and, being a
 * hash, does not hand GA's own random number to Meta. Without a usable
 * client_id the value is random and the caveat is reported.
 */
import { generateRandom, makeNumber, makeString, sha256Sync } from '../sandbox/apis';
import { report, type Problem } from '../lib/problems';
import { isDigits } from '../lib/text';
import { isFiniteNumber } from '../lib/types';

const RANDOM_MIN = 1000000000;
const RANDOM_SPAN = 1147483648; // up to 2147483647, the Pixel's maximum
/** Plausible first-visit seconds: from 2001-09-09 to one day ahead of now. */
const FIRST_VISIT_MIN_SECONDS = 1000000000;
const CLOCK_SKEW_SECONDS = 86400;
const HEX = '0123456789abcdef';

/** The value of a short lowercase hex string (short enough to stay exact). */
function hexValue(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) n = n * 16 + HEX.indexOf(s.charAt(i));
  return n;
}

/** The first-visit seconds of a GA client_id, when it has a plausible one. */
export function firstVisitSeconds(clientId: string, nowMs: number): number | undefined {
  const parts = clientId.split('.');
  const last = parts[parts.length - 1];
  if (parts.length < 2 || last.length !== 10 || !isDigits(last)) return undefined;
  const seconds = makeNumber(last);
  if (seconds < FIRST_VISIT_MIN_SECONDS || seconds > nowMs / 1000 + CLOCK_SKEW_SECONDS) {
    return undefined;
  }
  return seconds;
}

/** The fbp a browser with this client_id gets; undefined when the client_id has no first-visit time. */
export function fbpFromClientId(
  clientId: string,
  index: number,
  nowMs: number,
): string | undefined {
  const seconds = firstVisitSeconds(clientId, nowMs);
  if (seconds === undefined) return undefined;
  const h = sha256Sync('fbp|' + clientId, { outputEncoding: 'hex' });
  const creation = seconds * 1000 + (hexValue(h.substring(8, 11)) % 1000);
  const random = RANDOM_MIN + (hexValue(h.substring(0, 8)) % RANDOM_SPAN);
  return 'fb.' + index + '.' + creation + '.' + random;
}

export function generateFbp(
  clientId: unknown,
  index: number,
  nowMs: number,
  problems: Problem[],
): string {
  const id =
    typeof clientId === 'string'
      ? clientId.trim()
      : isFiniteNumber(clientId)
        ? makeString(clientId)
        : '';
  const derived = id === '' ? undefined : fbpFromClientId(id, index, nowMs);
  if (derived !== undefined) return derived;
  report(
    problems,
    'client_id',
    'no GA client_id with a first-visit time; fbp generated at random, so concurrent first hits may differ',
  );
  return (
    'fb.' + index + '.' + nowMs + '.' + generateRandom(RANDOM_MIN, RANDOM_MIN + RANDOM_SPAN - 1)
  );
}

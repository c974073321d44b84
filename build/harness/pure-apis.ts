/**
 * Fakes of GTM's pure sandbox APIs (no request, response, network or
 * storage), keyed by require-name. Time, randomness and private keys come
 * from the environment, so runs are deterministic.
 */
import { createJson, createMath, createObjectApi } from './pure/builtins';
import { getType, makeInteger, makeNumber, makeString, makeTableMap } from './pure/conversion';
import { createHmacSha256, sha256, sha256Sync } from './pure/crypto';
import {
  decodeUri,
  decodeUriComponent,
  encodeUri,
  encodeUriComponent,
  fromBase64,
  toBase64,
} from './pure/encoding';
import { createRegex, testRegex } from './pure/regex';
import { computeEffectiveTldPlusOne, parseUrl } from './pure/url';

export interface PureEnv {
  now(): number;
  /** In [0, 1). */
  random(): number;
  /** hmacSha256 keys by keyId, as in the server's SGTM_CREDENTIALS key file. */
  privateKeys?: Record<string, string>;
}

export const PURE_API_NAMES = [
  'computeEffectiveTldPlusOne',
  'createRegex',
  'decodeUri',
  'decodeUriComponent',
  'encodeUri',
  'encodeUriComponent',
  'fromBase64',
  'generateRandom',
  'getTimestamp',
  'getTimestampMillis',
  'getType',
  'hmacSha256',
  'JSON',
  'makeInteger',
  'makeNumber',
  'makeString',
  'makeTableMap',
  'Math',
  'Object',
  'parseUrl',
  'sha256',
  'sha256Sync',
  'testRegex',
  'toBase64',
] as const;

export type PureApiName = (typeof PURE_API_NAMES)[number];

/**
 * An integer in [min, max], both inclusive (GTM documents that). Fractional
 * bounds shrink to the integers inside them; an empty or non-finite range
 * gives NaN.
 */
function createGenerateRandom(random: () => number) {
  return (min: unknown, max: unknown): number => {
    const low = Math.ceil(makeNumber(min));
    const high = Math.floor(makeNumber(max));
    if (!Number.isFinite(low) || !Number.isFinite(high) || low > high) return NaN;
    return low + Math.floor(random() * (high - low + 1));
  };
}

export function createPureApis(env: PureEnv): Record<string, unknown> {
  const apis: Record<PureApiName, unknown> = {
    computeEffectiveTldPlusOne,
    createRegex,
    decodeUri,
    decodeUriComponent,
    encodeUri,
    encodeUriComponent,
    fromBase64,
    generateRandom: createGenerateRandom(() => env.random()),
    // Deprecated alias; the docs give it the same milliseconds as getTimestampMillis.
    getTimestamp: () => env.now(),
    getTimestampMillis: () => env.now(),
    getType,
    hmacSha256: createHmacSha256(() => env.privateKeys ?? {}),
    JSON: createJson(),
    makeInteger,
    makeNumber,
    makeString,
    makeTableMap,
    Math: createMath(),
    Object: createObjectApi(),
    parseUrl,
    sha256,
    sha256Sync,
    testRegex,
    toBase64,
  };
  return apis;
}

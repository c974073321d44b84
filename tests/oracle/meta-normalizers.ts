/**
 * Meta's own normalizers, behind one interface per user_data key, for the
 * differential tests: the Parameter Builder (capi-param-builder-nodejs) and
 * the Business SDK (facebook-nodejs-business-sdk). Both return the
 * normalized text, or undefined where they reject the value or throw.
 */
import { createRequire } from 'node:module';
import { HASHED_KEYS as SPEC_HASHED_KEYS } from '../../template-src/meta/spec';

const require = createRequire(import.meta.url);
const { getNormalizedPII, getNormalizedAndHashedPII } =
  require('capi-param-builder-nodejs/src/piiUtil/PIIUtil') as {
    getNormalizedPII(value: string, type: string): string | null;
    getNormalizedAndHashedPII(value: string, type: string): string | null;
  };
const { ServerSideUtils } = require('facebook-nodejs-business-sdk') as {
  ServerSideUtils: {
    normalizeAndHash(value: string, field: string): string | null;
    normalizeCurrency(value: string): string;
    normalizeDeliveryCategory(value: string): string;
  } & Record<string, (value: string) => string | null>;
};

export type HashedKey = (typeof SPEC_HASHED_KEYS)[number];

export const HASHED_KEYS: HashedKey[] = [...SPEC_HASHED_KEYS];

const PARAMETER_BUILDER_TYPES: Record<HashedKey, string> = {
  em: 'email',
  ph: 'phone',
  fn: 'first_name',
  ln: 'last_name',
  ct: 'city',
  st: 'state',
  zp: 'zip_code',
  country: 'country',
  ge: 'gender',
  db: 'date_of_birth',
  external_id: 'external_id',
};

/**
 * The Parameter Builder's normalized text, as its hashing wrapper
 * (getNormalizedAndHashedPII) treats it: a 64- or 32-hex value passes
 * through in lower case, and '' means "no value".
 */
export function parameterBuilder(key: HashedKey, value: string): string | undefined {
  if (/^[A-Fa-f0-9]{64}$|^[A-Fa-f0-9]{32}$/.test(value.trim())) return value.trim().toLowerCase();
  try {
    const normalized = getNormalizedPII(value, PARAMETER_BUILDER_TYPES[key]);
    return normalized ? normalized : undefined;
  } catch {
    return undefined;
  }
}

/** The Parameter Builder's hash with its appendix, as it would send it. */
export function parameterBuilderHash(key: HashedKey, value: string): string | undefined {
  return getNormalizedAndHashedPII(value, PARAMETER_BUILDER_TYPES[key]) ?? undefined;
}

const SDK_NORMALIZERS: Partial<Record<HashedKey, string>> = {
  em: 'normalizeEmail',
  ph: 'normalizePhone',
  ct: 'normalizeCity',
  st: 'normalizeState',
  zp: 'normalizeZip',
  country: 'normalizeCountry',
  ge: 'normalizeGender',
};

/**
 * The Business SDK's normalized text: ServerSideUtils.normalizeAndHash
 * without its final hashing step (trim + lowercase, hashes pass, then the
 * field's normalizer; fn, ln, db and external_id get nothing more).
 * `businessSdkHash` checks this adapter against the SDK's own output.
 */
export function businessSdk(key: HashedKey, value: string): string | undefined {
  const text = value.trim().toLowerCase();
  if (text === '') return undefined;
  if (/^[a-f0-9]{64}$/.test(text) || /^[a-f0-9]{32}$/.test(text)) return text;
  const normalizer = SDK_NORMALIZERS[key];
  if (normalizer === undefined) return text;
  try {
    return ServerSideUtils[normalizer](text) ?? undefined;
  } catch {
    return undefined;
  }
}

export function businessSdkHash(key: HashedKey, value: string): string | undefined {
  try {
    return ServerSideUtils.normalizeAndHash(value, key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function businessSdkCurrency(value: string): string | undefined {
  try {
    return ServerSideUtils.normalizeCurrency(value);
  } catch {
    return undefined;
  }
}

export function businessSdkDeliveryCategory(value: string): string | undefined {
  try {
    return ServerSideUtils.normalizeDeliveryCategory(value);
  } catch {
    return undefined;
  }
}

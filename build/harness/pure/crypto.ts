/**
 * sha256Sync, sha256 and hmacSha256 over the UTF-8 bytes of the input.
 * sha256 defaults to base64 (GTM documents it); hmacSha256 to base64url,
 * which, like Node's, has no padding.
 */
import { createHash, createHmac, type BinaryToTextEncoding } from 'node:crypto';
import { toStringSafely } from './types';

type Encoding = 'hex' | 'base64' | 'base64url';

function outputEncoding(
  options: unknown,
  allowed: readonly Encoding[],
  fallback: Encoding,
): BinaryToTextEncoding {
  const requested =
    typeof options === 'object' && options !== null
      ? Reflect.get(options, 'outputEncoding')
      : undefined;
  return allowed.find((encoding) => encoding === requested) ?? fallback;
}

export function sha256Sync(input: unknown, options?: unknown): string {
  return createHash('sha256')
    .update(toStringSafely(input), 'utf8')
    .digest(outputEncoding(options, ['hex', 'base64'], 'base64'));
}

/**
 * Callback form. On a Node server the digest is ready at once, so onSuccess
 * is called before sha256 returns; tests that assert later still see it.
 */
export function sha256(input: unknown, onSuccess: unknown, options?: unknown): void {
  if (typeof onSuccess === 'function') onSuccess(sha256Sync(input, options));
}

/**
 * Keys come from the server's key file (SGTM_CREDENTIALS); here, from
 * env.privateKeys. An unknown keyId is an error, as on a misconfigured server.
 */
export function createHmacSha256(privateKeys: () => Record<string, string>) {
  return (data: unknown, keyId: unknown, options?: unknown): string => {
    const keys = privateKeys();
    const id = toStringSafely(keyId);
    if (!Object.prototype.hasOwnProperty.call(keys, id)) {
      throw new Error(`hmacSha256: no private key with id '${id}'`);
    }
    return createHmac('sha256', keys[id])
      .update(toStringSafely(data), 'utf8')
      .digest(outputEncoding(options, ['hex', 'base64', 'base64url'], 'base64url'));
  };
}

/**
 * The duplicate-purchase guard (optional): a browser that reloads its
 * thank-you page sends the same Purchase again, and Meta counts both unless
 * the Pixel shares the event ID. The guard remembers the last order IDs this
 * browser sent, in a first-party HttpOnly cookie holding truncated SHA-256
 * hashes only, each with its time; a Purchase whose order ID is remembered
 * and not older than the TTL is not sent, and the tag reports success.
 * Website events only, and only while ad_storage allows cookies.
 */
import { makeInteger, Math, sha256Sync } from '../sandbox/apis';
import { firstPartyCookie, maxAgeSeconds } from '../lib/cookies';
import { PURCHASE_GUARD_COOKIE } from '../lib/cookie-names';
import { report, type Problem } from '../lib/problems';
import { isDigits, textOf } from '../lib/text';
import type { StageResult, TagContext } from '../context';

/** 64 bits of SHA-256: collisions among a browser's last orders are out of reach. */
const HASH_LENGTH = 16;
const DEFAULT_ORDERS = 10;
const MAX_ORDERS = 20;
const DEFAULT_DAYS = 30;

/** The number of orders to remember: 1 to 20, else the default (reported). */
function ordersToKeep(value: unknown, problems: Problem[]): number {
  const text = textOf(value);
  if (text === '') return DEFAULT_ORDERS;
  const n = text !== undefined && isDigits(text) ? makeInteger(text) : 0;
  if (n >= 1 && n <= MAX_ORDERS) return n;
  report(
    problems,
    'purchaseGuardOrders',
    'not a whole number from 1 to ' + MAX_ORDERS + '; used ' + DEFAULT_ORDERS,
  );
  return DEFAULT_ORDERS;
}

/** `<hash>.<unix seconds>` entries joined by `_`, newest last; malformed entries are skipped. */
function rememberedOrders(cookies: string[], oldest: number): string[] {
  const entries: string[] = [];
  const value = cookies.length > 0 ? cookies[0] : '';
  if (typeof value !== 'string' || value === '' || value.length > 1000) return entries;
  for (const entry of value.split('_')) {
    const dot = entry.indexOf('.');
    const time = entry.substring(dot + 1);
    if (dot === HASH_LENGTH && isDigits(time) && makeInteger(time) >= oldest) entries.push(entry);
  }
  return entries;
}

export function purchaseGuardStage(ctx: TagContext): StageResult {
  const event = ctx.event;
  const fields = ctx.fields;
  if (fields.purchaseGuard !== true || event.event_name !== 'Purchase') return undefined;
  if (event.action_source !== 'website' || !ctx.cookiesReadable) return undefined;
  const orderId = event.custom_data === undefined ? undefined : event.custom_data.order_id;
  if (orderId === undefined) {
    report(
      ctx.problems,
      'purchaseGuard',
      'a Purchase without order_id cannot be checked for repeats',
    );
    return undefined;
  }
  const now = Math.floor(ctx.now / 1000);
  const ttl = maxAgeSeconds(
    fields.purchaseGuardDays,
    DEFAULT_DAYS,
    'purchaseGuardDays',
    ctx.problems,
  );
  const entries = rememberedOrders(ctx.readCookie(PURCHASE_GUARD_COOKIE), now - ttl);
  const hash = sha256Sync('' + orderId, { outputEncoding: 'hex' }).substring(0, HASH_LENGTH);
  for (const entry of entries) {
    if (entry.substring(0, HASH_LENGTH) === hash) {
      return {
        ok: true,
        stage: 'event',
        reason:
          'this browser already sent a Purchase with this order_id (duplicate-purchase guard)',
      };
    }
  }
  entries.push(hash + '.' + now);
  const keep = ordersToKeep(fields.purchaseGuardOrders, ctx.problems);
  const kept = entries.length > keep ? entries.slice(entries.length - keep) : entries;
  ctx.cookies.push(
    firstPartyCookie(PURCHASE_GUARD_COOKIE, kept.join('_'), ttl, {
      cookieDomain: fields.cookieDomain,
      cookieHttpOnly: true,
    }),
  );
  return undefined;
}

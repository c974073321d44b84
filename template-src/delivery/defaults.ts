/**
 * Delivery defaults and limits, shared by the field definitions (run at build
 * time, outside the sandbox) and the config reader; so this module imports nothing.
 */

/** Newest Graph API version at the time of writing (v26.0, introduced 2026-07-29). */
export const DEFAULT_API_VERSION = 'v26.0';
/** Meta's Troubleshooting guidance: a 1500 ms client timeout; most answers take under 600 ms. */
export const DEFAULT_TIMEOUT_MS = 1500;
export const MIN_TIMEOUT_MS = 100;
export const MAX_TIMEOUT_MS = 10000;
export const DEFAULT_RETRIES = 1;
export const MAX_RETRIES = 2;

/**
 * A sandbox promise rejects after 5 s (Google's server-side API reference, as
 * mirrored in public typings). The tag's whole delivery (every attempt) must
 * end well before that, or the tag reports a failure while Meta may still
 * accept the event.
 */
export const DELIVERY_BUDGET_MS = 4500;
/** Kept back from the budget for the tag's own work around the requests. */
export const DELIVERY_MARGIN_MS = 300;

/**
 * The longest request timeout for `retries` retries, so that
 * timeout × (retries + 1) + DELIVERY_MARGIN_MS ≤ DELIVERY_BUDGET_MS
 * (4200 ms with no retry, 2100 with 1, 1400 with 2).
 */
export function maxTimeoutMs(retries: number): number {
  const share = (DELIVERY_BUDGET_MS - DELIVERY_MARGIN_MS) / (retries + 1);
  return share - (share % 1);
}

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

/** The cookies the tag reads and writes. No imports, so the permission definition can use it. */
/** Meta's Pixel cookies: the click ID and the browser ID. */
export const FBC_COOKIE = '_fbc';
export const FBP_COOKIE = '_fbp';
/** Event enhancement's cookie: hashed match keys only. */
export const ENHANCEMENT_COOKIE = '_capi_eec';
/** The duplicate-purchase guard's cookie: truncated hashes of order IDs, with their time. */
export const PURCHASE_GUARD_COOKIE = '_capi_orders';

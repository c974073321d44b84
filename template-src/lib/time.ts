/** Units of time. No imports, so build-time modules can use it too. */
export const DAY_SECONDS = 86400;

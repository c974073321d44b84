/** ___NOTES___: fixed text, so the build is byte-stable (no dates). */
export const notes =
  'Generated from TypeScript sources (template-src/) by `npm run build`. ' +
  'Edit the sources, not this file.';

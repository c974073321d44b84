/**
 * external_id: trimmed, otherwise unchanged. It must match the ID the pixel
 * and other channels send, so nothing else about it is guessed.
 */
export function normalizeExternalId(value: string): string {
  return value.trim();
}

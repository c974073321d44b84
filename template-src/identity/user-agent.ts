/** client_user_agent: the browser's User-Agent, trimmed; never hashed. */
export function cleanUserAgent(value: string): string | undefined {
  const ua = value.trim();
  return ua === '' ? undefined : ua;
}

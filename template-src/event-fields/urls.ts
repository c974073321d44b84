/** event_source_url from page_location and referrer_url from page_referrer, as sent by the page. */
import { reportProblem, type Problem } from '../problem';
import { isHttpUrl } from '../validate/formats';
import { readPath } from './read';

export function httpUrlFrom(
  eventData: unknown,
  key: string,
  problems: Problem[],
): string | undefined {
  const raw = readPath(eventData, key);
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (isHttpUrl(raw)) return raw;
  reportProblem(problems, key, 'not an absolute http(s) URL; left out');
  return undefined;
}

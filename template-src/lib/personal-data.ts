/**
 * Personal data where it must not be: an email address or a phone number
 * in a field Meta receives unhashed (URLs, search strings, product names,
 * custom properties, the event's name or id) or in a log line. Meta's
 * terms forbid sending such data unhashed outside the hashed user_data
 * keys. The shapes are deliberately narrow, so that order numbers, product
 * codes, dates and timestamps are not mistaken for phone numbers: an email
 * address; a number written with a leading + (7 to 15 digits); a North
 * American number written with separators ((650) 555-1212, 650.555.1212);
 * a tel: link.
 */
import { createRegex, decodeUriComponent } from '../sandbox/apis';

const PERSONAL =
  '[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+' +
  '|\\+[0-9]([ ().-]?[0-9]){6,14}' +
  '|\\(?[0-9]{3}\\)?[ .-][0-9]{3}[ .-][0-9]{4}' +
  '|[tT][eE][lL]:';

/** Query parameter names that carry contact details whatever their value looks like. */
const CONTACT_PARAMETER = '^(e-?mail|mail|email_address|phone|phone_number|tel|mobile|msisdn)$';

/** What a problem says of such a value (never the value itself). */
export const PERSONAL_WHAT = 'an email address or phone number';
export const PERSONAL_REASON =
  'looks like ' + PERSONAL_WHAT + ', which Meta takes only hashed, in user_data';

/** Built once per event: see PERSONAL. */
export const PERSONAL_DATA = /* @__PURE__ */ createRegex(PERSONAL)!;

export function looksPersonal(text: string): boolean {
  return text.search(PERSONAL_DATA) >= 0;
}

/** Percent-decoded text ('+' as a space, as forms encode it); the raw text when it does not decode. */
function decoded(raw: string): string {
  const text = decodeUriComponent(raw.split('+').join(' '));
  return typeof text === 'string' ? text : raw;
}

/** What withoutPersonalData removed from a URL: parameter names, and whether the path or fragment. */
export interface CleanUrl {
  url: string;
  parameters: string[];
  path: boolean;
  fragment: boolean;
}

/**
 * The URL without the personal data it carries: query parameters whose
 * value (decoded) or name is an email address or phone number, or whose
 * name says it holds one, are removed; a path or fragment holding one is
 * cut. The URL is returned as it is when there is nothing to remove.
 */
export function withoutPersonalData(url: string): CleanUrl {
  const clean: CleanUrl = { url: url, parameters: [], path: false, fragment: false };
  // Most URLs hold nothing that could be personal: one search of the decoded URL settles it.
  if (
    url.indexOf('@') < 0 &&
    url.indexOf('%') < 0 &&
    !looksPersonal(url) &&
    url.search(createRegex('[?&](e-?mail|mail|phone|tel|mobile|msisdn)', 'i')!) < 0
  ) {
    return clean;
  }
  const hash = url.indexOf('#');
  const question = url.indexOf('?');
  const query = question >= 0 && (hash < 0 || question < hash) ? question : -1;
  const pathEnd = query >= 0 ? query : hash >= 0 ? hash : url.length;
  const pathStart = url.indexOf('/', url.indexOf('://') + 3);
  let base = url.substring(0, pathEnd);
  if (
    pathStart >= 0 &&
    pathStart < pathEnd &&
    looksPersonal(decoded(url.substring(pathStart, pathEnd)))
  ) {
    base = url.substring(0, pathStart) + '/';
    clean.path = true;
  }
  const kept: string[] = [];
  if (query >= 0) {
    const text = url.substring(query + 1, hash < 0 ? url.length : hash);
    for (const parameter of text.split('&')) {
      const equals = parameter.indexOf('=');
      const name = equals < 0 ? parameter : parameter.substring(0, equals);
      const raw = equals < 0 ? '' : parameter.substring(equals + 1);
      const personal =
        looksPersonal(decoded(raw)) ||
        looksPersonal(decoded(name)) ||
        (raw !== '' && name.search(createRegex(CONTACT_PARAMETER, 'i')!) === 0);
      if (personal) clean.parameters.push(name);
      else kept.push(parameter);
    }
  }
  let fragment = hash < 0 ? '' : url.substring(hash);
  if (fragment !== '' && looksPersonal(decoded(fragment))) {
    fragment = '';
    clean.fragment = true;
  }
  if (!clean.path && !clean.fragment && clean.parameters.length === 0) return clean;
  clean.url = base + (kept.length > 0 ? '?' + kept.join('&') : '') + fragment;
  return clean;
}

/** A name (of a key or property) that can be quoted in a log line: plain, short, no personal data. */
export function isPlainName(name: string): boolean {
  return name.search(createRegex('^[A-Za-z0-9_.-]{1,40}$')!) === 0 && !looksPersonal(name);
}

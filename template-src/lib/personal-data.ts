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

/**
 * The URL without the query parameters that hold an email address or a
 * phone number (decoded before the test), and the names of those removed;
 * the URL is returned as it is when there is nothing to remove.
 */
export function withoutPersonalParameters(url: string): { url: string; removed: string[] } {
  const removed: string[] = [];
  const question = url.indexOf('?');
  // Most URLs hold nothing that could be personal: one search settles it.
  if (
    question < 0 ||
    (url.indexOf('@') < 0 &&
      url.indexOf('%40') < 0 &&
      !looksPersonal(url) &&
      url.search(createRegex('[?&](e-?mail|mail|phone|tel|mobile|msisdn)', 'i')!) < 0)
  ) {
    return { url: url, removed: removed };
  }
  const hash = url.indexOf('#', question);
  const query = url.substring(question + 1, hash < 0 ? url.length : hash);
  const kept: string[] = [];
  for (const parameter of query.split('&')) {
    const equals = parameter.indexOf('=');
    const name = equals < 0 ? parameter : parameter.substring(0, equals);
    const raw = equals < 0 ? '' : parameter.substring(equals + 1);
    const value = decodeUriComponent(raw.split('+').join(' '));
    const personal =
      looksPersonal(typeof value === 'string' ? value : raw) ||
      (raw !== '' && name.search(createRegex(CONTACT_PARAMETER, 'i')!) === 0);
    if (personal) removed.push(name);
    else kept.push(parameter);
  }
  if (removed.length === 0) return { url: url, removed: removed };
  const rest = hash < 0 ? '' : url.substring(hash);
  return {
    url: url.substring(0, kept.length > 0 ? question + 1 : question) + kept.join('&') + rest,
    removed: removed,
  };
}

/** A name (of a key or property) that can be quoted in a log line: plain, short, no personal data. */
export function isPlainName(name: string): boolean {
  return name.search(createRegex('^[A-Za-z0-9_.-]{1,40}$')!) === 0 && !looksPersonal(name);
}

/**
 * client_ip_address from ip_override. Proxies hand over lists
 * ("client, proxy1, proxy2") and addresses with ports ("1.2.3.4:5678",
 * "[2001:db8::1]:443"); Meta wants one bare, valid IPv4 or IPv6 address.
 */
import { decimalValue, isDigits, isString } from '../validate/values';

const HEX_DIGITS = '0123456789abcdefABCDEF';

export function isIpv4(s: string): boolean {
  const parts = s.split('.');
  if (parts.length !== 4) return false;
  for (const part of parts) {
    // No leading zeros: "010" reads as octal to some parsers, decimal to others.
    if (!isDigits(part) || part.length > 3 || (part.length > 1 && part.charAt(0) === '0')) {
      return false;
    }
    if (decimalValue(part) > 255) return false;
  }
  return true;
}

function isHexGroup(s: string): boolean {
  if (s.length < 1 || s.length > 4) return false;
  for (let i = 0; i < s.length; i++) {
    if (HEX_DIGITS.indexOf(s.charAt(i)) < 0) return false;
  }
  return true;
}

/** Counts the 16-bit groups of one side of '::'; -1 when a group is malformed. */
function groupCount(side: string, mayEndInIpv4: boolean): number {
  if (side === '') return 0;
  const groups = side.split(':');
  let count = 0;
  for (let i = 0; i < groups.length; i++) {
    const last = i === groups.length - 1;
    if (last && mayEndInIpv4 && groups[i].indexOf('.') >= 0) {
      if (!isIpv4(groups[i])) return -1;
      count += 2;
    } else if (isHexGroup(groups[i])) {
      count += 1;
    } else {
      return -1;
    }
  }
  return count;
}

/** RFC 4291 text forms, including "::" compression and an embedded IPv4 tail; no zone IDs. */
export function isIpv6(s: string): boolean {
  const halves = s.split('::');
  if (halves.length > 2) return false;
  if (halves.length === 1) return groupCount(s, true) === 8;
  const head = groupCount(halves[0], false);
  const tail = groupCount(halves[1], true);
  return head >= 0 && tail >= 0 && head + tail <= 7;
}

export function isIp(value: unknown): boolean {
  return isString(value) && (isIpv4(value) || isIpv6(value));
}

/** Strips a port: "[v6]:port", "[v6]" and "v4:port"; a bare IPv6 is left alone. */
function withoutPort(s: string): string {
  if (s.charAt(0) === '[') {
    const close = s.indexOf(']');
    if (close < 0) return s;
    const rest = s.substring(close + 1);
    if (rest === '' || (rest.charAt(0) === ':' && isDigits(rest.substring(1)))) {
      return s.substring(1, close);
    }
    return s;
  }
  const colon = s.indexOf(':');
  if (colon > 0 && s.lastIndexOf(':') === colon && isDigits(s.substring(colon + 1))) {
    return s.substring(0, colon);
  }
  return s;
}

/** 0.0.0.0, :: and the like: valid syntax, but nobody's address. */
function isUnspecified(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if ('0.:'.indexOf(s.charAt(i)) < 0) return false;
  }
  return true;
}

/** The first address of a list, port stripped; undefined when it is not a client's address. */
export function cleanIp(value: string): string | undefined {
  const candidate = withoutPort(value.split(',')[0].trim());
  return isIp(candidate) && !isUnspecified(candidate) ? candidate : undefined;
}

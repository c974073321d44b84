/**
 * client_ip_address from what proxies hand over: lists ("client, proxy1,
 * proxy2") and addresses with ports ("1.2.3.4:5678", "[2001:db8::1]:443").
 * Meta wants one bare, valid IPv4 or IPv6 address.
 */
import { createRegex } from '../sandbox/apis';
import { isDigits } from './text';

/** Four decimal parts 0-255, without leading zeros ("010" is octal to some parsers). */
const IPV4 = /* @__PURE__ */ createRegex(
  '^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$',
)!;
const HEX_GROUP = /* @__PURE__ */ createRegex('^[0-9a-fA-F]{1,4}$')!;
/** 0.0.0.0, :: and the like: valid syntax, but nobody's address. */
const UNSPECIFIED = /* @__PURE__ */ createRegex('^[0.:]*$')!;

export function isIpv4(s: string): boolean {
  return s.search(IPV4) === 0;
}

/** The 16-bit groups of one side of '::'; -1 when a group is malformed. */
function groupCount(side: string, mayEndInIpv4: boolean): number {
  if (side === '') return 0;
  const groups = side.split(':');
  const last = groups.length - 1;
  let count = 0;
  for (let i = 0; i <= last; i++) {
    if (i === last && mayEndInIpv4 && groups[i].indexOf('.') >= 0) {
      if (!isIpv4(groups[i])) return -1;
      count += 2;
    } else if (groups[i].search(HEX_GROUP) === 0) {
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
  return typeof value === 'string' && (isIpv4(value) || isIpv6(value));
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

/** The first address of a list, port stripped; undefined when it is not a client's address. */
export function cleanIp(value: string): string | undefined {
  const candidate = withoutPort(value.split(',')[0].trim());
  return isIp(candidate) && candidate.search(UNSPECIFIED) !== 0 ? candidate : undefined;
}

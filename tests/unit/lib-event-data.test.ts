/**
 * The event reader: each key read at most once and only when asked for, and
 * the paths `key`, `key.member` and `key.list[].member` of firstFound.
 */
import { describe, expect, it } from 'vitest';
import { eventValue, firstFound, memberOf, valueAt } from '../../template-src/lib/event-data';
import { readerOf } from './context';

/** Every value firstFound hands over, with its path, when `use` takes none of them. */
function allFound(event: Record<string, unknown>, paths: string) {
  const seen: [unknown, string][] = [];
  firstFound(readerOf(event), paths, (found, path) => {
    seen.push([found, path]);
    return undefined;
  });
  return seen;
}

describe('eventValue', () => {
  it('asks the source once per key, also for a key the event does not have', () => {
    const reader = readerOf({ a: 1 });
    expect(eventValue(reader, 'a')).toBe(1);
    expect(eventValue(reader, 'a')).toBe(1);
    expect(eventValue(reader, 'b')).toBeUndefined();
    expect(eventValue(reader, 'b')).toBeUndefined();
    expect(reader.reads).toEqual(['a', 'b']);
  });
});

describe('memberOf', () => {
  it('reads a member of an object or a list, and nothing of anything else', () => {
    expect(memberOf({ ad_storage: 'granted' }, 'ad_storage')).toBe('granted');
    expect(memberOf(['x'], 'length')).toBe(1);
    for (const value of [undefined, null, 'text', 42, true]) {
      expect(memberOf(value, 'length')).toBeUndefined();
    }
  });
});

describe('firstFound', () => {
  it('tries the paths in order and stops at the first value `use` takes', () => {
    const reader = readerOf({ b: 'B', c: 'C' });
    const tried: string[] = [];
    const result = firstFound(reader, 'a,b,c', (found, path) => {
      tried.push(path);
      return found === 'B' ? 'took ' + found : undefined;
    });
    expect(result).toBe('took B');
    expect(tried).toEqual(['b']);
    expect(reader.reads).toEqual(['a', 'b']);
  });

  it('hands over no undefined or null value, and goes on when `use` declines', () => {
    expect(allFound({ a: null, b: 0, c: '' }, 'a,b,c,d')).toEqual([
      [0, 'b'],
      ['', 'c'],
    ]);
  });

  it('reads a member of an object, and a key shared by several paths once', () => {
    const reader = readerOf({ user_data: { email: 'e', phone: 'p' } });
    expect(allFound({ user_data: { email: 'e' } }, 'user_data.email')).toEqual([
      ['e', 'user_data.email'],
    ]);
    firstFound(reader, 'user_data.x,user_data.phone', () => undefined);
    expect(reader.reads).toEqual(['user_data']);
  });

  it('fans out over a list of objects: one list of every member, flattened, empty ones left out', () => {
    const event = {
      user_data: {
        address: [{ city: 'Paris' }, { city: ['Lyon', 'Nice'] }, { city: null }, 'junk', {}],
      },
    };
    expect(allFound(event, 'user_data.address[].city')).toEqual([
      [['Paris', 'Lyon', 'Nice'], 'user_data.address[].city'],
    ]);
  });

  it('fans out over one object, and over the {0: ..., 1: ...} form', () => {
    expect(allFound({ u: { address: { city: 'Oslo' } } }, 'u.address[].city')).toEqual([
      [['Oslo'], 'u.address[].city'],
    ]);
    const numbered = { u: { address: { 0: { city: 'Berlin' }, 1: { city: 'Bonn' } } } };
    expect(allFound(numbered, 'u.address[].city')).toEqual([
      [['Berlin', 'Bonn'], 'u.address[].city'],
    ]);
    const named = { u: { address: { 0: { city: 'Berlin' }, home: { city: 'Bonn' } } } };
    expect(allFound(named, 'u.address[].city')).toEqual([[[], 'u.address[].city']]);
  });

  it('finds an empty list for a fan-out over something that is not an object', () => {
    for (const address of ['Paris', 42, null]) {
      expect(allFound({ u: { address } }, 'u.address[].city')).toEqual([[[], 'u.address[].city']]);
    }
  });

  it('works out the elements of a list once per event', () => {
    let listed = 0;
    const address = [{ city: 'Paris', zip: '75001' }];
    const event = {
      get u() {
        listed++;
        return { address };
      },
    };
    const reader = readerOf(event);
    firstFound(reader, 'u.address[].city', () => undefined);
    firstFound(reader, 'u.address[].zip', () => undefined);
    expect(listed).toBe(1);
    expect(Object.keys(reader.values)).toEqual(['u', 'u.address[]']);
  });

  // As in 0.1.0: a top-level value that is not an object has no `key.member`.
  it.each([['text'], [42], [true]])('finds no member of a top-level %j (0.1.0)', (top) => {
    expect(allFound({ user_data: top }, 'user_data.email')).toEqual([]);
  });
});

describe('valueAt', () => {
  it('is the value at a key or a member, undefined when a step is missing', () => {
    const reader = readerOf({ ecommerce: { items: ['i'] }, items: [] });
    expect(valueAt(reader, 'items')).toEqual([]);
    expect(valueAt(reader, 'ecommerce.items')).toEqual(['i']);
    expect(valueAt(reader, 'ecommerce.value')).toBeUndefined();
    expect(valueAt(readerOf({ ecommerce: 'text' }), 'ecommerce.items')).toBeUndefined();
    expect(valueAt(readerOf({}), 'ecommerce.items')).toBeUndefined();
  });
});

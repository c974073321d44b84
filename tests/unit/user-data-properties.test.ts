/**
 * Properties of buildUserData over arbitrary event data and field values
 * (fast-check): it never throws, hashed keys carry only SHA-256 hex (or a
 * Parameter Builder value), and no problem ever repeats an input value.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { UserData } from '../../template-src/context';
import type { Problem } from '../../template-src/lib/problems';
import { ACTION_SOURCES, HASHED_KEYS, NEVER_HASHED_KEYS } from '../../template-src/meta/spec';
import { buildUserData } from '../../template-src/user-data/build-user-data';
import { NOW_MS, readerOf } from './context';

const HASHED: readonly string[] = HASHED_KEYS;
const NEVER_HASHED: readonly string[] = NEVER_HASHED_KEYS;

/** Every generated text value carries this mark, so a leak into a problem is easy to see. */
const MARK = '\u2603';

const text = fc.string({ maxLength: 30 }).map((s) => s + MARK);
const value: fc.Arbitrary<unknown> = fc.oneof(
  text,
  fc.emailAddress().map((e) => e + MARK),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(text, fc.integer(), fc.constant(null), fc.object()), { maxLength: 4 }),
  fc.object({ maxDepth: 1 }),
  fc.string({ maxLength: 400 }).map((s) => s.repeat(3) + MARK),
);
const userDataKeys = [
  'email_address',
  'email',
  'phone_number',
  'first_name',
  'last_name',
  'city',
  'region',
  'postal_code',
  'country',
  'gender',
  'date_of_birth',
  'external_id',
  'sha256_email_address',
];
const address = fc.dictionary(
  fc.constantFrom('first_name', 'last_name', 'city', 'region', 'postal_code', 'country'),
  value,
);
const eventData = fc.oneof(
  fc.record(
    {
      user_data: fc.oneof(
        fc.dictionary(fc.constantFrom(...userDataKeys), value),
        fc.record({ address: fc.oneof(address, fc.array(address, { maxLength: 3 }), value) }),
        value,
      ),
      'x-fb-ud-em': value,
      'x-fb-ud-ph': value,
      'x-fb-ud-db': value,
      'x-fb-ud-external_id': value,
      'x-fb-ud-fb-login-id': value,
      email: value,
      phone: value,
      user_id: value,
      gender: value,
      lead_id: value,
      anon_id: value,
      'x-fb-ud-page_id': value,
    },
    { requiredKeys: [] },
  ),
  fc.object(),
);
const fields = fc.record(
  {
    autoMapUserData: fc.oneof(fc.boolean(), fc.anything()),
    phoneDefaultCountryCode: fc.oneof(fc.constantFrom('1', '+44', '', 'x'), fc.anything()),
    hashExternalId: fc.boolean(),
    userDataObject: fc.oneof(
      fc.dictionary(fc.constantFrom(...HASHED_KEYS, 'lead_id', 'bogus'), value),
      fc.anything(),
    ),
    userDataList: fc.oneof(
      fc.array(
        fc.record({
          name: fc.constantFrom(...HASHED_KEYS, ...NEVER_HASHED_KEYS, 'nope', ''),
          value,
        }),
        { maxLength: 5 },
      ),
      fc.anything(),
    ),
  },
  { requiredKeys: [] },
);

const HASH_OR_APPENDIX = /^[a-f0-9]{64}$/;

test('never throws; hashed keys are hashes; problems never repeat a value', () => {
  fc.assert(
    fc.property(eventData, fields, fc.constantFrom(...ACTION_SOURCES), (event, config, source) => {
      const problems: Problem[] = [];
      const userData: UserData = {};
      buildUserData(readerOf(event), config, NOW_MS, source, userData, problems);
      for (const [key, sent] of Object.entries(userData)) {
        const values = Array.isArray(sent) ? sent : [sent];
        expect(values.length).toBeGreaterThan(0);
        for (const v of values) {
          expect(typeof v).toBe('string');
          if (HASHED.includes(key) && !(key === 'external_id' && config.hashExternalId === false)) {
            expect(v).toMatch(HASH_OR_APPENDIX);
          }
        }
        if (NEVER_HASHED.includes(key)) expect(typeof sent).toBe('string');
      }
      for (const problem of problems) {
        expect(problem.key).not.toContain(MARK);
        expect(problem.reason).not.toContain(MARK);
      }
    }),
    { numRuns: 500, seed: 4 },
  );
});

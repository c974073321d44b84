/** resolveEventName over arbitrary input (fast-check): a usable name or a reason, never a throw. */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { resolveEventName } from '../../template-src/event-name/resolve-event-name';

test('returns a name of 1-50 characters, a blocked reason or a problem', () => {
  const names = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.constantFrom('purchase', 'page_view', 'view_item_list'),
    fc.anything(),
  );
  const fields = fc.record(
    {
      eventNameMode: fc.oneof(fc.constantFrom('inherit', 'standard', 'custom'), fc.anything()),
      eventNameStandard: names,
      eventNameCustom: names,
      mapViewItemListToViewContent: fc.anything(),
      eventNameMappings: fc.oneof(fc.array(fc.record({ from: names, to: names })), fc.anything()),
      eventAllowList: fc.oneof(fc.string(), fc.array(names), fc.anything()),
      eventBlockList: fc.oneof(fc.string(), fc.array(names), fc.anything()),
      eventRenameList: fc.oneof(fc.array(fc.record({ from: names, to: names })), fc.anything()),
    },
    { requiredKeys: [] },
  );
  fc.assert(
    fc.property(fc.oneof(names, fc.anything()), fields, (eventName, config) => {
      const decision = resolveEventName(eventName, config);
      if (decision.name !== undefined) {
        expect(typeof decision.name).toBe('string');
        expect(decision.name.trim()).not.toBe('');
        expect(decision.name.length).toBeLessThanOrEqual(50);
      } else if (decision.blocked !== undefined) {
        expect(typeof decision.blocked).toBe('string');
      } else {
        expect(decision.invalid?.key).toMatch(/^(event_name|eventName\w+|eventRenameList)$/);
        expect(typeof decision.invalid?.reason).toBe('string');
      }
    }),
    { numRuns: 1000, seed: 4 },
  );
});

import { typeOf } from '../sandbox/type-of';
import { MAX_CONTENTS } from './normalize-contents';

/**
 * GA4 `items` as Meta contents rows (still to be checked by
 * normalizeContents): the id from `idKey`, else `item_id`, else `id`;
 * price, name, brand and category under Meta's names. Non-objects stay as
 * they are so the check can report them. Only one row past MAX_CONTENTS
 * is mapped: enough for normalizeContents to report the rest as left out.
 */
export function itemsToContents(items: any[], idKey: string): any[] {
  return items.slice(0, MAX_CONTENTS + 1).map((item) => {
    if (typeOf(item) !== 'object') return item;
    return {
      id: firstPresent([item[idKey], item.item_id, item.id]),
      quantity: item.quantity,
      item_price: item.price,
      title: item.item_name,
      brand: item.item_brand,
      category: item.item_category,
    };
  });
}

function firstPresent(values: any[]): any {
  for (let i = 0; i < values.length; i++) {
    if (values[i] !== undefined && values[i] !== null && values[i] !== '') return values[i];
  }
  return undefined;
}

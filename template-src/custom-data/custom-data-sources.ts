/**
 * Where each standard custom_data key is found in the event, in order of
 * preference: Meta's `x-fb-cd-*` keys first (what Meta's client sends), then
 * the GA4 names. contents also come from GA4 items, and content_name,
 * content_category and currency from a lone item (see buildCustomData).
 */
export const CUSTOM_DATA_SOURCES: { [key: string]: string[] } = {
  value: ['x-fb-cd-value', 'value', 'ecommerce.value'],
  currency: ['x-fb-cd-currency', 'currency', 'ecommerce.currency'],
  content_ids: ['x-fb-cd-content_ids', 'content_ids'],
  contents: ['x-fb-cd-contents', 'contents'],
  content_type: ['x-fb-cd-content_type', 'content_type'],
  num_items: ['x-fb-cd-num_items', 'num_items'],
  content_name: ['x-fb-cd-content_name', 'content_name'],
  content_category: ['x-fb-cd-content_category', 'content_category'],
  order_id: ['x-fb-cd-order_id', 'transaction_id', 'ecommerce.transaction_id', 'order_id'],
  search_string: ['x-fb-cd-search_string', 'search_term', 'search_string'],
  predicted_ltv: ['x-fb-cd-predicted_ltv', 'predicted_ltv'],
  net_revenue: ['x-fb-cd-net_revenue', 'net_revenue'],
  status: ['x-fb-cd-status'],
  delivery_category: ['x-fb-cd-delivery_category', 'delivery_category'],
  customer_segmentation: ['x-fb-cd-customer_segmentation', 'customer_segmentation'],
  item_number: ['x-fb-cd-item_number'],
};

/** GA4 item lists: the top-level one, else the one inside `ecommerce`. */
export const ITEM_LIST_SOURCES = ['items', 'ecommerce.items'];

/** Extra properties as Meta's client sends them: an object or its JSON text. */
export const CUSTOM_PROPERTIES_SOURCE = 'custom_properties';

/** Every event-data key the custom_data mapping reads (for read_event_data permissions). */
export const CUSTOM_DATA_EVENT_KEYS: string[] = eventKeys();

function eventKeys(): string[] {
  const keys: string[] = [];
  for (const name in CUSTOM_DATA_SOURCES) {
    if (!CUSTOM_DATA_SOURCES.hasOwnProperty(name)) continue;
    CUSTOM_DATA_SOURCES[name].forEach((path) => {
      if (keys.indexOf(path) < 0) keys.push(path);
    });
  }
  return keys.concat(ITEM_LIST_SOURCES, [CUSTOM_PROPERTIES_SOURCE]);
}

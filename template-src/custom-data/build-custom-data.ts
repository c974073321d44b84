/**
 * The custom-data stage. Each standard key comes from, in order of
 * precedence, the custom data table, the custom data variable, then the
 * event (unless auto-mapping is off): its sources (meta/sources.ts), GA4
 * items, `custom_properties`. The first usable value wins, after the same
 * checks whatever its source. content_ids, num_items and content_type
 * follow from contents when not given; a Purchase's value from its priced
 * contents; the currency of a value from the Default currency field.
 * customer_segmentation may also come from the server data table, first.
 * Other keys of the table, the variable and `custom_properties` are sent
 * as custom properties, in that order of precedence; the CRM preset adds
 * event_source and lead_event_source. Unusable values are left out and
 * reported.
 */
import { Math, Object } from '../sandbox/apis';
import { eventValue, firstFound, valueAt, type EventReader } from '../lib/event-data';
import { objectOf, rowsByName } from '../lib/field-values';
import { report, type Problem } from '../lib/problems';
import { inList, textOf } from '../lib/text';
import { isArray, isObject } from '../lib/types';
import {
  CONTENT_TYPES,
  CUSTOM_DATA_SOURCES,
  ITEM_LIST_SOURCES,
  STANDARD_CUSTOM_KEYS,
} from '../meta/compact';
import { currencyCode } from '../meta/formats';
import type { CustomData, StageResult, TagContext, TagFields } from '../context';
import { normalizeContents, type ContentRow } from './contents';
import { addProperties } from './properties';
import { textValue } from './text';
import { isEmpty, normalizeCustomValue } from './values';

const TABLE_SOURCE = 'the custom data table';
const OBJECT_SOURCE = 'the custom data variable';
const SERVER_SOURCE = 'the server data table';
const PROPERTIES_KEY = 'custom_properties';

interface EventSources {
  /** The `custom_properties` object. */
  properties: { [name: string]: any };
  propertyNames: string[];
  items: any[];
  itemsPath: string;
  idKey: string;
}

function eventSources(reader: EventReader, fields: TagFields, problems: Problem[]): EventSources {
  const properties =
    objectOf(eventValue(reader, PROPERTIES_KEY), problems, 'custom_data', PROPERTIES_KEY) || {};
  const idKey = textValue(fields.itemIdKey);
  const sources: EventSources = {
    properties: properties,
    propertyNames: Object.keys(properties),
    items: [],
    itemsPath: '',
    idKey: idKey === undefined || idKey === '' ? 'item_id' : idKey,
  };
  for (const path of ITEM_LIST_SOURCES.split(',')) {
    const list = valueAt(reader, path);
    if (isArray(list)) {
      sources.items = list;
      sources.itemsPath = path;
      if (list.length > 0) break;
    } else if (!isEmpty(list)) {
      report(problems, 'custom_data.contents', 'from ' + path + ': not a list');
    }
  }
  return sources;
}

/**
 * What the GA4 items give a standard key the event's own keys did not
 * (contents; name, category and currency of a lone or first item), else
 * custom_properties.
 */
function fromItemsOrProperties(key: string, event: EventSources, problems: Problem[]): unknown {
  const items = event.items;
  if (items.length > 0) {
    let value: unknown;
    if (key === 'contents') {
      const rows = normalizeContents(items, problems, event.itemsPath, event.idKey);
      value = rows.length > 0 ? rows : undefined;
    } else {
      const first = isObject(items[0]) ? items[0] : {};
      const lone = items.length === 1 ? first : {};
      const raw =
        key === 'content_name'
          ? lone.item_name
          : key === 'content_category'
            ? lone.item_category
            : key === 'currency'
              ? first.currency
              : undefined;
      if (raw !== undefined) value = normalizeCustomValue(key, raw, problems, event.itemsPath);
    }
    if (value !== undefined) return value;
  }
  if (event.propertyNames.indexOf(key) >= 0) {
    return normalizeCustomValue(key, event.properties[key], problems, PROPERTIES_KEY);
  }
  return undefined;
}

/** content_ids, num_items and content_type from contents, where not given. */
function deriveFromContents(standard: CustomData, fields: TagFields, problems: Problem[]): void {
  const contents: ContentRow[] | undefined = standard.contents;
  if (
    contents !== undefined &&
    (standard.content_ids === undefined || standard.num_items === undefined)
  ) {
    const ids: string[] = [];
    let count = 0;
    for (const row of contents) {
      if (ids.indexOf(row.id) < 0) ids.push(row.id);
      count += row.quantity;
    }
    if (standard.content_ids === undefined) standard.content_ids = ids;
    if (standard.num_items === undefined) standard.num_items = count;
  }
  if (standard.content_type === undefined && standard.content_ids !== undefined) {
    standard.content_type = defaultContentType(fields.contentType, problems);
  }
}

/**
 * A Purchase's value as the sum of its contents' price × quantity, when
 * every row has a price (a partial sum would under-report). Rounded to
 * 4 decimals: enough for every ISO 4217 currency, and rid of the binary
 * rounding noise of the products (3 × 19.99).
 */
function valueOfContents(contents: ContentRow[] | undefined): number | undefined {
  if (contents === undefined) return undefined;
  let total = 0;
  for (const row of contents) {
    if (row.item_price === undefined) return undefined;
    total += row.item_price * row.quantity;
  }
  return Math.round(total * 10000) / 10000;
}

/** The content type field: a type, '' or 'none' for none; unset means product. */
function defaultContentType(value: unknown, problems: Problem[]): string | undefined {
  if (value === undefined || value === null) return 'product';
  if (value === '' || value === 'none') return undefined;
  if (inList(CONTENT_TYPES, value)) return value as string;
  report(
    problems,
    'custom_data.content_type',
    'the content type field is not one of ' + CONTENT_TYPES,
  );
  return undefined;
}

export function buildCustomData(
  reader: EventReader,
  fields: TagFields,
  eventName: string,
  serverData: { [name: string]: unknown },
  problems: Problem[],
): CustomData | undefined {
  const table = rowsByName(fields.customDataList);
  const object = objectOf(fields.customDataObject, problems, 'custom_data', OBJECT_SOURCE) || {};
  const event =
    fields.autoMapCustomData !== false ? eventSources(reader, fields, problems) : undefined;
  const tableKeys = Object.keys(table);
  const objectKeys = Object.keys(object);
  const standard: CustomData = {};
  const entries = CUSTOM_DATA_SOURCES.substring(1, CUSTOM_DATA_SOURCES.length - 1).split('|');
  for (const entry of entries) {
    const equals = entry.indexOf('=');
    const key = entry.substring(0, equals);
    let value: unknown;
    if (key === 'customer_segmentation' && serverData.customer_segmentation !== undefined) {
      value = normalizeCustomValue(key, serverData.customer_segmentation, problems, SERVER_SOURCE);
    }
    if (value === undefined && tableKeys.indexOf(key) >= 0)
      value = normalizeCustomValue(key, table[key], problems, TABLE_SOURCE);
    if (value === undefined && objectKeys.indexOf(key) >= 0) {
      value = normalizeCustomValue(key, object[key], problems, OBJECT_SOURCE);
    }
    if (value === undefined && event !== undefined) {
      value = firstFound(reader, entry.substring(equals + 1), (raw, path) =>
        normalizeCustomValue(key, raw, problems, path),
      );
      const fromItems =
        event.items.length > 0 &&
        (key === 'contents' ||
          key === 'content_name' ||
          key === 'content_category' ||
          key === 'currency');
      if (value === undefined && (fromItems || event.propertyNames.length > 0)) {
        value = fromItemsOrProperties(key, event, problems);
      }
    }
    if (value !== undefined) standard[key] = value;
  }
  deriveFromContents(standard, fields, problems);
  if (eventName === 'Purchase' && standard.value === undefined) {
    standard.value = valueOfContents(standard.contents);
  }
  if (
    standard.currency === undefined &&
    (eventName === 'Purchase' ||
      standard.value !== undefined ||
      standard.predicted_ltv !== undefined ||
      standard.net_revenue !== undefined)
  ) {
    const currency = textOf(fields.defaultCurrency);
    if (currency !== undefined && currency !== '') standard.currency = currencyCode(currency);
  }
  // Meta's order, with what contents gave in its place.
  const customData: CustomData = {};
  let any = false;
  for (const entry of entries) {
    const key = entry.substring(0, entry.indexOf('='));
    if (standard[key] !== undefined) {
      customData[key] = standard[key];
      any = true;
    }
  }
  const taken: { [prefixedName: string]: boolean | number } = { count: 0 };
  if (addProperties(customData, taken, table, TABLE_SOURCE, problems)) any = true;
  if (addProperties(customData, taken, object, OBJECT_SOURCE, problems)) any = true;
  if (
    event !== undefined &&
    addProperties(customData, taken, event.properties, PROPERTIES_KEY, problems)
  ) {
    any = true;
  }
  return any ? customData : undefined;
}

/**
 * Meta's CRM integration marks each event with event_source "crm" and the
 * CRM's name in lead_event_source (Conversions API for CRM, "Set up").
 * Values the event or the tables already give stay.
 */
function addCrmFields(customData: CustomData, leadSource: string, problems: Problem[]): void {
  if (customData.event_source === undefined) customData.event_source = 'crm';
  if (customData.lead_event_source !== undefined) return;
  if (leadSource !== '') customData.lead_event_source = leadSource;
  else {
    report(
      problems,
      'leadEventSource',
      'the CRM preset sends lead_event_source, the name of your CRM; fill the Lead event source field',
    );
  }
}

/** Standard keys restricted-data mode leaves out: their text may reveal a condition. */
const RESTRICTED_KEYS = 'content_name, content_category, search_string';
/**
 * custom_data as restricted-data mode sends it: Meta's standard keys (and
 * the CRM preset's) without the descriptive ones, contents without titles,
 * brands, categories and descriptions, and no custom properties (Meta
 * limits custom parameters for health and finance advertisers).
 */
function restrictedCustomData(customData: CustomData, withheld: string[]): CustomData {
  const kept: CustomData = {};
  let properties = 0;
  for (const key of Object.keys(customData)) {
    if (inList(RESTRICTED_KEYS, key)) withheld.push('custom_data.' + key);
    else if (key === 'contents') kept.contents = restrictedContents(customData.contents, withheld);
    else if (
      inList(STANDARD_CUSTOM_KEYS, key) ||
      key === 'event_source' ||
      key === 'lead_event_source'
    ) {
      kept[key] = customData[key];
    } else properties++;
  }
  if (properties > 0) withheld.push('custom properties (' + properties + ')');
  return kept;
}

function restrictedContents(rows: ContentRow[], withheld: string[]): ContentRow[] {
  const kept: ContentRow[] = [];
  let described = false;
  for (const row of rows) {
    const only: ContentRow = { id: row.id, quantity: row.quantity };
    if (row.item_price !== undefined) only.item_price = row.item_price;
    if (row.delivery_category !== undefined) only.delivery_category = row.delivery_category;
    described =
      described ||
      row.title !== undefined ||
      row.brand !== undefined ||
      row.category !== undefined ||
      row.description !== undefined;
    kept.push(only);
  }
  if (described) withheld.push('contents titles, brands, categories and descriptions');
  return kept;
}

export function customDataStage(ctx: TagContext): StageResult {
  let customData = buildCustomData(
    ctx.eventData,
    ctx.fields,
    ctx.event.event_name,
    ctx.serverData,
    ctx.problems,
  );
  if (ctx.crmLeadSource !== undefined) {
    if (customData === undefined) customData = {};
    addCrmFields(customData, ctx.crmLeadSource, ctx.problems);
  }
  if (customData !== undefined && ctx.fields.restrictedData === true) {
    customData = restrictedCustomData(customData, ctx.withheld);
  }
  if (customData !== undefined) ctx.event.custom_data = customData;
  return undefined;
}

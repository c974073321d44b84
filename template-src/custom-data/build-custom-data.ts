import { Object } from '../sandbox/apis';
import { typeOf } from '../sandbox/type-of';
import { Problem, reportProblem } from '../problem';
import { readEventValue } from '../user-data/read-event-path';
import { hasKey, isPlainName, lookup } from '../user-data/objects';
import { CONTENT_TYPES } from '../validate/spec';
import {
  CUSTOM_DATA_SOURCES,
  CUSTOM_PROPERTIES_SOURCE,
  ITEM_LIST_SOURCES,
} from './custom-data-sources';
import { customPropertyValue, objectOf } from './custom-properties';
import { itemsToContents } from './items-to-contents';
import { ContentRow } from './normalize-contents';
import { isEmpty, normalizeCustomValue, STANDARD_CUSTOM_KEYS } from './normalize-custom-value';
import { textValue } from './text-value';

/** The tag's custom-data fields (template-src/definition/fields/custom-data.ts). */
export interface CustomDataFields {
  autoMapCustomData?: boolean;
  itemIdKey?: any;
  contentType?: any;
  customDataObject?: any;
  customDataList?: any;
}

export type CustomData = { [key: string]: any };

interface Candidate {
  raw: any;
  source: string;
}

const TABLE_SOURCE = 'the custom data table';
const OBJECT_SOURCE = 'the custom data variable';

/**
 * custom_data for Meta. Each standard key comes from, in order of
 * precedence, the custom data table, the custom data variable, then the
 * event (unless auto-mapping is off): its CUSTOM_DATA_SOURCES, GA4 items,
 * `custom_properties`. The first usable value wins, after the same checks
 * whatever its source. content_ids, num_items and content_type follow from
 * contents when not given. Other keys of the table, the variable,
 * `custom_properties` are sent as custom properties, in
 * that order of precedence.
 * Unusable values are left out and reported; so is a Purchase without value
 * or currency.
 */
export function buildCustomData(
  eventData: any,
  fields: CustomDataFields,
  eventName: string,
  problems: Problem[],
): CustomData {
  const table = tableValues(fields.customDataList);
  const object = objectOf(fields.customDataObject, problems, 'custom_data', OBJECT_SOURCE) || {};
  const event =
    fields.autoMapCustomData !== false && typeOf(eventData) === 'object'
      ? eventSources(eventData, fields, problems)
      : undefined;
  const standard: CustomData = {};
  const tableKeys = Object.keys(table);
  const objectKeys = Object.keys(object);
  STANDARD_CUSTOM_KEYS.forEach((key) => {
    const candidates: Candidate[] = [];
    if (tableKeys.indexOf(key) >= 0) candidates.push({ raw: table[key], source: TABLE_SOURCE });
    if (objectKeys.indexOf(key) >= 0) candidates.push({ raw: object[key], source: OBJECT_SOURCE });
    if (event !== undefined) eventCandidates(key, event).forEach((c) => candidates.push(c));
    for (let i = 0; i < candidates.length && standard[key] === undefined; i++) {
      standard[key] = normalizeCustomValue(key, candidates[i].raw, problems, candidates[i].source);
    }
  });
  deriveFromContents(standard, fields, problems);
  if (eventName === 'Purchase') reportMissingPurchaseValue(standard, problems);
  const customData: CustomData = {};
  STANDARD_CUSTOM_KEYS.forEach((key) => {
    if (standard[key] !== undefined) customData[key] = standard[key];
  });
  addProperties(customData, table, TABLE_SOURCE, problems);
  addProperties(customData, object, OBJECT_SOURCE, problems);
  if (event !== undefined) {
    addProperties(customData, event.properties, CUSTOM_PROPERTIES_SOURCE, problems);
  }
  return customData;
}

interface EventSources {
  eventData: any;
  /** The `custom_properties` object. */
  properties: { [name: string]: any };
  propertyNames: string[];
  items: any[];
  itemsPath: string;
  idKey: string;
}

function eventSources(eventData: any, fields: CustomDataFields, problems: Problem[]): EventSources {
  const properties =
    objectOf(
      eventData[CUSTOM_PROPERTIES_SOURCE],
      problems,
      'custom_data',
      CUSTOM_PROPERTIES_SOURCE,
    ) || {};
  const sources: EventSources = {
    eventData: eventData,
    properties: properties,
    propertyNames: Object.keys(properties),
    items: [],
    itemsPath: '',
    idKey: idKeyOf(fields),
  };
  for (let i = 0; i < ITEM_LIST_SOURCES.length && sources.items.length === 0; i++) {
    const list = readEventValue(eventData, ITEM_LIST_SOURCES[i]);
    if (typeOf(list) === 'array') {
      sources.items = list;
      sources.itemsPath = ITEM_LIST_SOURCES[i];
    } else if (!isEmpty(list)) {
      reportProblem(
        problems,
        'custom_data.contents',
        'from ' + ITEM_LIST_SOURCES[i] + ': not a list',
      );
    }
  }
  return sources;
}

/**
 * The event's values for a standard key: its CUSTOM_DATA_SOURCES, then
 * what the GA4 items give (contents; name, category and currency of a lone
 * or first item), then custom_properties.
 */
function eventCandidates(key: string, event: EventSources): Candidate[] {
  const candidates: Candidate[] = (lookup(CUSTOM_DATA_SOURCES, key) || []).map((path) => ({
    raw: readEventValue(event.eventData, path),
    source: path,
  }));
  const items = event.items;
  if (items.length > 0) {
    const first = typeOf(items[0]) === 'object' ? items[0] : {};
    const lone = items.length === 1 ? first : {};
    let raw: any;
    if (key === 'contents') raw = itemsToContents(items, event.idKey);
    else if (key === 'content_name') raw = lone.item_name;
    else if (key === 'content_category') raw = lone.item_category;
    else if (key === 'currency') raw = first.currency;
    if (raw !== undefined) candidates.push({ raw: raw, source: event.itemsPath });
  }
  if (event.propertyNames.indexOf(key) >= 0) {
    candidates.push({ raw: event.properties[key], source: CUSTOM_PROPERTIES_SOURCE });
  }
  return candidates;
}

function idKeyOf(fields: CustomDataFields): string {
  const key = textValue(fields.itemIdKey);
  return key === undefined || key === '' ? 'item_id' : key;
}

function reportMissingPurchaseValue(standard: CustomData, problems: Problem[]): void {
  if (standard.value === undefined) {
    reportProblem(problems, 'custom_data.value', 'Purchase without a value');
  }
  if (standard.currency === undefined) {
    reportProblem(problems, 'custom_data.currency', 'Purchase without a currency');
  }
}

/** content_ids, num_items and content_type from contents, where not given. */
function deriveFromContents(
  standard: CustomData,
  fields: CustomDataFields,
  problems: Problem[],
): void {
  const contents: ContentRow[] | undefined = standard.contents;
  if (contents !== undefined) {
    if (standard.content_ids === undefined) {
      const ids: string[] = [];
      contents.forEach((row) => {
        if (ids.indexOf(row.id) < 0) ids.push(row.id);
      });
      standard.content_ids = ids;
    }
    if (standard.num_items === undefined) {
      standard.num_items = contents.reduce((sum, row) => sum + row.quantity, 0);
    }
  }
  if (standard.content_type === undefined && standard.content_ids !== undefined) {
    standard.content_type = defaultContentType(fields.contentType, problems);
  }
}

/** The content type field: a type, '' or 'none' for none; unset means product. */
function defaultContentType(value: any, problems: Problem[]): string | undefined {
  if (value === undefined || value === null) return 'product';
  if (value === '' || value === 'none') return undefined;
  if (CONTENT_TYPES.indexOf(value) >= 0) return value;
  reportProblem(
    problems,
    'custom_data.content_type',
    'the content type field is not one of ' + CONTENT_TYPES.join(', '),
  );
  return undefined;
}

/** Table rows {name, value}; a later row for the same name wins. */
function tableValues(rows: any): { [name: string]: any } {
  const values: { [name: string]: any } = {};
  if (typeOf(rows) !== 'array') return values;
  rows.forEach((row: any) => {
    const name = typeOf(row) === 'object' ? textValue(row.name) : undefined;
    if (name !== undefined && name !== '' && isPlainName(name)) values[name] = row.value;
  });
  return values;
}

/** Adds the non-standard keys of `values` that are not set yet. */
function addProperties(
  customData: CustomData,
  values: any,
  source: string,
  problems: Problem[],
): void {
  Object.keys(values).forEach((name) => {
    if (STANDARD_CUSTOM_KEYS.indexOf(name) >= 0 || hasKey(customData, name) || !isPlainName(name)) {
      return;
    }
    const value = customPropertyValue(name, values[name], problems, source);
    if (value !== undefined) customData[name] = value;
  });
}

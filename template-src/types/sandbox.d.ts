/**
 * Typings for the server-side GTM sandbox, written by this project
 * (there is no @types package for it). They describe what `require(name)`
 * returns for every server API and what `data` holds in a tag.
 *
 * The overloads are declared on `NodeRequire` so they merge cleanly with
 * @types/node when tests import template modules; template-src itself is
 * checked without Node's typings.
 */

type SandboxPrimitive = string | number | boolean | null | undefined;

interface HttpResponse {
  statusCode: number;
  headers: { [name: string]: string };
  body: string;
}

interface HttpRequestOptions {
  method?: string;
  headers?: { [name: string]: string };
  /** Milliseconds; GTM's default is 15000. */
  timeout?: number;
  authorization?: GoogleAuth;
}

interface HttpRejection {
  reason: 'failed' | 'timed_out';
}

interface SandboxPromise<T> {
  then<R>(onFulfilled: (value: T) => R, onRejected?: (reason: any) => R): SandboxPromise<R>;
  catch<R>(onRejected: (reason: any) => R): SandboxPromise<T | R>;
  finally(onFinally: () => void): SandboxPromise<T>;
}

interface SendHttpRequest {
  /** Promise form: rejects with `{reason: 'failed' | 'timed_out'}`. */
  (url: string, options?: HttpRequestOptions, body?: string): SandboxPromise<HttpResponse>;
  /** Callback form: statusCode is 0 on network failure and -1 on timeout. */
  (
    url: string,
    callback: (statusCode: number, headers: { [name: string]: string }, body: string) => void,
    options?: HttpRequestOptions,
    body?: string,
  ): void;
}

interface SendHttpGet {
  (url: string, options?: HttpRequestOptions): SandboxPromise<HttpResponse>;
  (
    url: string,
    callback: (statusCode: number, headers: { [name: string]: string }, body: string) => void,
    options?: HttpRequestOptions,
  ): void;
}

interface CookieOptions {
  domain?: string;
  path?: string;
  'max-age'?: number;
  expires?: string;
  secure?: boolean;
  httpOnly?: boolean;
  samesite?: 'strict' | 'lax' | 'none' | 'Strict' | 'Lax' | 'None';
  fallbackDomain?: string;
}

interface ParsedUrl {
  href: string;
  origin: string;
  protocol: string;
  username: string;
  password: string;
  host: string;
  hostname: string;
  port: string;
  pathname: string;
  search: string;
  searchParams: { [key: string]: string | string[] };
  hash: string;
}

interface ContainerVersion {
  containerId: string;
  debugMode: boolean;
  environmentName: string;
  environmentMode: string;
  previewMode: boolean;
  version: string;
}

interface SandboxRegex {
  readonly __sandboxRegex: true;
}

/** Google documents that a createRegex result can be passed to String replace, match and search. */
interface String {
  replace(regex: SandboxRegex, replacement: string): string;
  search(regex: SandboxRegex): number;
  match(regex: SandboxRegex): string[] | null;
}

interface GoogleAuth {
  readonly __googleAuth: true;
}

interface SandboxJSON {
  /** Returns undefined instead of throwing on malformed input. */
  parse(text: string): any;
  stringify(value: any): string | undefined;
}

interface SandboxMath {
  abs(x: number): number;
  ceil(x: number): number;
  floor(x: number): number;
  round(x: number): number;
  max(...values: number[]): number;
  min(...values: number[]): number;
  pow(x: number, y: number): number;
  sqrt(x: number): number;
}

interface SandboxObject {
  keys(obj: object): string[];
  values(obj: object): any[];
  entries(obj: object): [string, any][];
  freeze<T>(obj: T): T;
  delete(obj: object, key: string): boolean;
}

interface SandboxPromiseApi {
  create<T>(
    resolver: (resolve: (value: T) => void, reject: (reason: any) => void) => void,
  ): SandboxPromise<T>;
  all<T>(promises: SandboxPromise<T>[]): SandboxPromise<T[]>;
}

interface TemplateDataStorage {
  getItemCopy(key: string): any;
  setItemCopy(key: string, value: any): void;
  removeItem(key: string): void;
  clear(): void;
}

interface BigQueryApi {
  insert(
    connection: { projectId?: string; datasetId: string; tableId: string },
    rows: object[],
    options?: { ignoreUnknownValues?: boolean; skipInvalidRows?: boolean },
  ): SandboxPromise<void>;
}

interface FirestoreDocument {
  id: string;
  data: { [key: string]: any };
}

interface FirestoreApi {
  read(
    path: string,
    options?: { projectId?: string; disableCache?: boolean; transaction?: string },
  ): SandboxPromise<FirestoreDocument>;
  write(
    path: string,
    input: object,
    options?: { projectId?: string; merge?: boolean; transaction?: string },
  ): SandboxPromise<string>;
  query(
    collection: string,
    queryConditions: [string, string, any][],
    options?: { projectId?: string; disableCache?: boolean; limit?: number; transaction?: string },
  ): SandboxPromise<FirestoreDocument[]>;
  runTransaction<T>(
    callback: (transaction: string) => SandboxPromise<T>,
    options?: { projectId?: string },
  ): SandboxPromise<T>;
}

interface EventCallbackData {
  tags: { id: string; status: string; executionTime: number; [key: string]: any }[];
}

interface NodeRequire {
  (
    name: 'addEventCallback',
  ): (callback: (containerId: string, eventData: EventCallbackData) => void) => void;
  (name: 'BigQuery'): BigQueryApi;
  (name: 'callLater'): (fn: () => void) => void;
  (name: 'claimRequest'): () => void;
  (name: 'computeEffectiveTldPlusOne'): (domainOrUrl: string) => string;
  (name: 'createRegex'): (pattern: string, flags?: string) => SandboxRegex | null;
  (name: 'decodeUri'): (s: string) => string | undefined;
  (name: 'decodeUriComponent'): (s: string) => string | undefined;
  (name: 'encodeUri'): (s: string) => string;
  (name: 'encodeUriComponent'): (s: string) => string;
  (name: 'Firestore'): FirestoreApi;
  (name: 'fromBase64'): (s: string) => string | undefined;
  (name: 'generateRandom'): (min: number, max: number) => number;
  (name: 'getAllEventData'): () => { [key: string]: any };
  (name: 'getClientName'): () => string;
  (name: 'getContainerVersion'): () => ContainerVersion;
  (name: 'getCookieValues'): (name: string, noDecode?: boolean) => string[];
  (name: 'getEventData'): (keyPath: string) => any;
  (name: 'getGoogleAuth'): (options: { scopes: string[] }) => GoogleAuth;
  (name: 'getRemoteAddress'): () => string;
  (name: 'getRequestBody'): () => string;
  (name: 'getRequestHeader'): (headerName: string) => string | undefined;
  (name: 'getRequestMethod'): () => string;
  (name: 'getRequestPath'): () => string;
  (name: 'getRequestQueryParameter'): (name: string) => string | undefined;
  (name: 'getRequestQueryParameters'): () => { [key: string]: string | string[] };
  (name: 'getRequestQueryString'): () => string;
  (name: 'getTimestamp'): () => number;
  (name: 'getTimestampMillis'): () => number;
  (
    name: 'getType',
  ): (
    value: any,
  ) => 'string' | 'number' | 'boolean' | 'null' | 'undefined' | 'array' | 'object' | 'function';
  (
    name: 'hmacSha256',
  ): (
    data: string,
    keyId: string,
    options?: { outputEncoding?: 'hex' | 'base64' | 'base64url' },
  ) => string;
  (name: 'isRequestMpv1'): () => boolean;
  (name: 'isRequestMpv2'): () => boolean;
  (name: 'extractEventsFromMpv1'): () => object[];
  (name: 'extractEventsFromMpv2'): () => object[];
  (name: 'JSON'): SandboxJSON;
  (name: 'logToConsole'): (...args: any[]) => void;
  (name: 'makeInteger'): (value: any) => number;
  (name: 'makeNumber'): (value: any) => number;
  (name: 'makeString'): (value: any) => string;
  (
    name: 'makeTableMap',
  ): (
    rows: { [column: string]: any }[],
    keyColumn: string,
    valueColumn: string,
  ) => { [key: string]: any } | null;
  (name: 'Math'): SandboxMath;
  (name: 'Object'): SandboxObject;
  (name: 'parseUrl'): (url: string) => ParsedUrl | undefined;
  (name: 'Promise'): SandboxPromiseApi;
  (name: 'returnResponse'): () => void;
  (name: 'sendHttpGet'): SendHttpGet;
  (name: 'sendHttpRequest'): SendHttpRequest;
  (name: 'sendPixelFromBrowser'): (url: string) => boolean;
  (
    name: 'setCookie',
  ): (name: string, value: string, options?: CookieOptions, noEncode?: boolean) => void;
  (name: 'setPixelResponse'): () => void;
  (name: 'setResponseBody'): (body: string, encoding?: string) => void;
  (name: 'setResponseHeader'): (name: string, value: string | null) => void;
  (name: 'setResponseStatus'): (statusCode: number) => void;
  (
    name: 'sha256',
  ): (
    input: string,
    onSuccess: (digest: string) => void,
    options?: { outputEncoding?: 'base64' | 'hex' },
  ) => void;
  (name: 'sha256Sync'): (input: string, options?: { outputEncoding?: 'base64' | 'hex' }) => string;
  (name: 'templateDataStorage'): TemplateDataStorage;
  (name: 'testRegex'): (regex: SandboxRegex, str: string) => boolean;
  (name: 'toBase64'): (s: string, options?: { urlEncoding?: boolean }) => string;
}

declare var require: NodeRequire;

/** Field values of the tag (see template-src/definition/fields), plus the two callbacks. */
interface TagData {
  gtmOnSuccess: () => void;
  gtmOnFailure: () => void;
  [field: string]: any;
}

declare const data: TagData;

/**
 * The one place where the tag asks the sandbox for its APIs. Every module
 * imports what it needs from here; the build drops the unused ones (the
 * calls are marked pure), so the compiled template requires only what it
 * uses and the permissions cross-check sees exactly that.
 */
export const callLater = /* @__PURE__ */ require('callLater');
export const computeEffectiveTldPlusOne = /* @__PURE__ */ require('computeEffectiveTldPlusOne');
export const createRegex = /* @__PURE__ */ require('createRegex');
export const decodeUriComponent = /* @__PURE__ */ require('decodeUriComponent');
export const encodeUriComponent = /* @__PURE__ */ require('encodeUriComponent');
export const generateRandom = /* @__PURE__ */ require('generateRandom');
export const getAllEventData = /* @__PURE__ */ require('getAllEventData');
export const getContainerVersion = /* @__PURE__ */ require('getContainerVersion');
export const getCookieValues = /* @__PURE__ */ require('getCookieValues');
export const getEventData = /* @__PURE__ */ require('getEventData');
export const getRequestHeader = /* @__PURE__ */ require('getRequestHeader');
export const getTimestampMillis = /* @__PURE__ */ require('getTimestampMillis');
export const getType = /* @__PURE__ */ require('getType');
export const JSON = /* @__PURE__ */ require('JSON');
export const logToConsole = /* @__PURE__ */ require('logToConsole');
export const makeInteger = /* @__PURE__ */ require('makeInteger');
export const makeNumber = /* @__PURE__ */ require('makeNumber');
export const makeString = /* @__PURE__ */ require('makeString');
export const makeTableMap = /* @__PURE__ */ require('makeTableMap');
export const Math = /* @__PURE__ */ require('Math');
export const Object = /* @__PURE__ */ require('Object');
export const parseUrl = /* @__PURE__ */ require('parseUrl');
export const Promise = /* @__PURE__ */ require('Promise');
export const sendHttpRequest = /* @__PURE__ */ require('sendHttpRequest');
export const setCookie = /* @__PURE__ */ require('setCookie');
export const sha256Sync = /* @__PURE__ */ require('sha256Sync');
export const testRegex = /* @__PURE__ */ require('testRegex');
export const toBase64 = /* @__PURE__ */ require('toBase64');
export const fromBase64 = /* @__PURE__ */ require('fromBase64');

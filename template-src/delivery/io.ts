/**
 * Delivery's side effects, bound to the sandbox in this one place (tests
 * pass fakes). Promise's methods are wrapped so they are called on the
 * Promise API itself, as the sandbox lint can check; the other APIs are
 * handed over as they are.
 */
import { getTimestampMillis, Promise, sendHttpRequest } from '../sandbox/apis';

export interface DeliveryIo {
  /** The promise form of sendHttpRequest. */
  sendHttpRequest: (
    url: string,
    options: HttpRequestOptions,
    body: string,
  ) => SandboxPromise<HttpResponse>;
  createPromise: <T>(
    resolver: (resolve: (value: T) => void, reject: (reason: unknown) => void) => void,
  ) => SandboxPromise<T>;
  allPromises: <T>(promises: SandboxPromise<T>[]) => SandboxPromise<T[]>;
  now: () => number;
}

export const sandboxDeliveryIo: DeliveryIo = {
  sendHttpRequest: sendHttpRequest,
  createPromise: (resolver) => Promise.create(resolver),
  allPromises: (promises) => Promise.all(promises),
  now: getTimestampMillis,
};

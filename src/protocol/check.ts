/**
 * Small runtime checks for messages that cross a context boundary (webview ↔ host). Each returns a boolean and
 * never throws, so a malformed message is dropped rather than crashing its receiver.
 */

export type Check = (v: unknown) => boolean;

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isString: Check = (v) => typeof v === 'string';
export const isBoolean: Check = (v) => typeof v === 'boolean';
export const isShortString = (max: number): Check => (v) => typeof v === 'string' && v.length <= max;
export const isFiniteNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
export const isPageNumber: Check = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 1_000_000;
export const isCount: Check = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1_000_000;
export const isRequestId: Check = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
export const isRect: Check = (v) => Array.isArray(v) && v.length === 4 && v.every(isFiniteNumber);
export const arrayOf = (item: Check, max: number): Check => (v) => Array.isArray(v) && v.length <= max && v.every(item);
export const optional = (check: Check): Check => (v) => v === undefined || check(v);
export const oneOf = (values: readonly string[]): Check => (v) => typeof v === 'string' && values.includes(v);

/** An object with exactly these keys (optional ones may be missing), each passing its check. */
export const shape = (fields: Record<string, Check>): Check => (v) => isObject(v) && validate(v, fields);

export function validate(v: Record<string, unknown>, fields: Record<string, Check>): boolean {
  for (const key of Object.keys(v)) if (!Object.prototype.hasOwnProperty.call(fields, key)) return false;
  return Object.entries(fields).every(([key, check]) => check(v[key]));
}

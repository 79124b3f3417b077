import { toWellFormed } from './well-formed';

/**
 * Percent-encodes a query value, leaving `,` and `/` readable (list and map separators) and
 * writing spaces as `+`, so links stay legible: `actors=akar,erdogan&map=5/32.90/13.18`.
 * URLSearchParams decodes every form back. Never throws.
 */
export function encodeQueryValue(value: string): string {
  return encodeURIComponent(toWellFormed(value))
    .replace(/%2C/g, ',')
    .replace(/%2F/g, '/')
    .replace(/%20/g, '+');
}

/**
 * JSON that is safe inside a <script> data block (application/json, application/ld+json):
 * escaping every "<" means content holding "</script>" or "<!--" cannot end or change the
 * element, and escaping U+2028/U+2029 keeps it valid JavaScript too.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

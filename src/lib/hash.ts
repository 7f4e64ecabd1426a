// The one string hash of the app: pure and synchronous, so hashing needs no secure context
// (crypto.subtle). Not for secrets: it names content (a stored data set's id, an edited data
// set's version), where the same text must always give the same digits.

/**
 * cyrb53 (public domain), a fast 53-bit hash of a string's UTF-16 units, as 14 hex digits.
 * Different seeds give independent hashes of the same text.
 */
export function hashHex(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return n.toString(16).padStart(14, '0');
}

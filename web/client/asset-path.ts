/** A file name that changes whenever the body does (FNV-1a), so the file can be cached forever. */
export function assetPath(name: string, ext: string, body: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < body.length; i++) h = Math.imul(h ^ body.charCodeAt(i), 0x01000193) >>> 0;
  return `/assets/${name}.${h.toString(36)}.${ext}`;
}

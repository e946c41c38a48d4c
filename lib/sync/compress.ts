// Shards are deflate-raw compressed then base64: the relationship map repeats network names, tags and
// relationships, so it packs about 3× more contacts into the 100 KB quota than plain JSON. Both are
// platform APIs (CompressionStream, btoa) present in browsers and Node.

async function pipe(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

export async function packJson(value: unknown): Promise<string> {
  const bytes = await pipe(new TextEncoder().encode(JSON.stringify(value)), new CompressionStream('deflate-raw'));
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Throws on anything that is not base64 of deflated JSON (a corrupted or hand-edited shard). */
export async function unpackJson(packed: string): Promise<unknown> {
  const binary = atob(packed);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await pipe(bytes, new DecompressionStream('deflate-raw'))));
}

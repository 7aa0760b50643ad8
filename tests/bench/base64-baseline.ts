/** The base64 the backup used before issue 16 (spread each 32 KB chunk as arguments, add strings one by one): the baseline. */
export function spreadBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Made-up bytes shaped like a backup: a few large encrypted bodies and many small envelopes. */
export function backupShapedBytes(): Uint8Array[] {
  const filled = (length: number, seed: number) => Uint8Array.from({ length }, (_, i) => (i * 131 + seed * 17) & 0xff);
  const large = Array.from({ length: 40 }, (_, i) => filled(1 << 16, i));
  const small = Array.from({ length: 4000 }, (_, i) => filled(180 + (i % 40), i));
  return [...large, ...small];
}

// Recordings and speech audio cross the API as base64: chunks go out that way, playback bytes come back that way.

/** Bytes as base64, without a data: prefix (the append routes want the bare string). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // Slices keep String.fromCharCode's argument list well under engine limits.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A blob's bytes as base64, without a data: prefix (recording:append wants the bare string). */
export async function blobToBase64(blob: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
}

/** Base64 bytes as a Blob of the given type, ready for URL.createObjectURL or decoding. */
export function base64ToBlob(data: string, type: string): Blob {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

/**
 * The browser's way of saving: a download of the bytes or UTF-8 text (no BOM, as draft files are
 * read). The desktop app saves through a native dialog instead (files.ts).
 */
export function downloadFile(fileName: string, data: Uint8Array | string, type: string): void {
  const part: BlobPart = typeof data === 'string' ? data : new Uint8Array(data);
  const blobType = typeof data === 'string' ? `${type};charset=utf-8` : type;
  const url = URL.createObjectURL(new Blob([part], { type: blobType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: the download reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

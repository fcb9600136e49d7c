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

/** Saves a text file through a download (kept for callers that name the file themselves). */
export function downloadTextFile(fileName: string, text: string, type = 'application/json'): void {
  downloadFile(fileName, text, type);
}

/** A file name without characters Windows refuses (\ / : * ? " < > |). */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|]+/g, '_').trim() || '草稿';
}

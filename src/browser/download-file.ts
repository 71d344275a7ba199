// Saves data as a file through an object URL and a temporary <a download> (CSV, GeoJSON, PNG). The URL is
// revoked a minute later: the browser may still be reading it when click() returns.
const REVOKE_AFTER_MILLISECONDS = 60_000;

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MILLISECONDS);
}

export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

// What a failed download is called in a message: the browser names the whole address of a file that
// could not be fetched ("Failed to fetch dynamically imported module: http://host/assets/x-1a2b.js");
// the file's own name is what a reader can report, and the host may carry a private address.
const ADDRESS = /\bhttps?:\/\/\S*\/([^/\s]+)/g;
const MAX_CHARACTERS = 160;

export function failedFile(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(ADDRESS, "$1").slice(0, MAX_CHARACTERS);
}

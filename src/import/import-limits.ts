// Limits checked before any parsing work, so a huge file is refused at once instead of freezing the tab.

// 100 MB: a browser tab holds the file, its decoded text and the features at once (several times the
// file's size); beyond this the page risks running out of memory on an ordinary laptop.
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
// 200,000 features draw smoothly in MapLibre; more would make every pan stutter.
export const MAX_FEATURES = 200_000;
// Problems listed one by one; beyond this only a count is given, so 10,000 bad rows stay readable.
export const MAX_LISTED_PROBLEMS = 100;
// What a zip may unpack to, counted as it unpacks (never from what its directory claims): the same
// as a plain file's limit, since the unpacked files are held in memory the same way.
export const MAX_UNPACKED_BYTES = MAX_FILE_BYTES;

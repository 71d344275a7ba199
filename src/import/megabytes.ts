// A size in MB (2^20 bytes) as a message shows it: one decimal under 10 MB (a 1.1 MB zip), whole
// numbers above, never rounded down to a size under a limit it is over.
export function megabytes(bytes: number): number {
  const value = bytes / 2 ** 20;
  return value < 10 ? Math.ceil(value * 10) / 10 : Math.ceil(value);
}

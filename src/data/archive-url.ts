// Where a detailed basemap's archive may live: a path on this site (relative to the app, e.g.
// "detail/jiaxing.pmtiles", or from the site's root) or an https address. Anything else — javascript:,
// data:, blob:, plain http to another machine, a protocol-relative "//host/…" — is refused, in config.json
// and again just before the archive is read.
import { SECURE_ORIGIN } from "./basemap-config";

// A scheme ("javascript:", "data:", "http:"…) or a protocol-relative start ("//host").
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// Spaces, backslashes (browsers read them as slashes) and control characters have no place in a path.
const UNSAFE_CHARACTERS = /[\s\\\p{Cc}]/u;
const MAX_LENGTH = 2000;

/** Why `url` may not name an archive, or null when it may. */
export function archiveUrlProblem(url: unknown): string | null {
  if (typeof url !== "string" || url.trim() === "")
    return "url: is required (the archive's path or https address)";
  const allowed =
    url.length <= MAX_LENGTH &&
    !UNSAFE_CHARACTERS.test(url) &&
    (HAS_SCHEME.test(url) ? SECURE_ORIGIN.test(url) : !url.startsWith("//"));
  return allowed
    ? null
    : "url: must be a path on this site (e.g. detail/jiaxing.pmtiles) or an https address";
}

/**
 * The archive's absolute address, read against the page's address, or null when it is not allowed.
 * `page` is the document's base URL; the result stays on the page's origin unless it is https (or a
 * server on this machine, which is how the tests serve archives).
 */
export function resolveArchiveUrl(url: string, page: string): string | null {
  if (archiveUrlProblem(url) !== null) return null;
  let resolved: URL;
  try {
    resolved = new URL(url, page);
  } catch {
    return null;
  }
  const sameOrigin = resolved.origin === new URL(page).origin;
  return sameOrigin || SECURE_ORIGIN.test(resolved.href) ? resolved.href : null;
}

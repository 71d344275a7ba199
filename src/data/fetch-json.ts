// Fetches a data file from the app's own origin. Failures come back as values with a reason a person can
// act on, never as exceptions: the caller shows them in the page and offers a retry.
export type FetchResult =
  | { ok: true; text: string }
  | { ok: false; reason: "network" | "status" | "timeout"; detail: string };

const TIMEOUT_MILLISECONDS = 20_000; // generous: a presenter's laptop on a slow hotel network

export async function fetchText(url: string, fetcher: typeof fetch = fetch): Promise<FetchResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MILLISECONDS);
  try {
    const response = await fetcher(url, { signal: controller.signal });
    if (!response.ok) return { ok: false, reason: "status", detail: `HTTP ${response.status}` };
    return { ok: true, text: await response.text() };
  } catch (error) {
    const aborted = error instanceof DOMException && error.name === "AbortError";
    return aborted
      ? { ok: false, reason: "timeout", detail: `no answer in ${TIMEOUT_MILLISECONDS / 1000} s` }
      : { ok: false, reason: "network", detail: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

export function fileNameOf(path: string): string {
  return path.replace(/^.*\//, "").replace(/-[\w-]{8}(\.geojson)$/, "$1");
}

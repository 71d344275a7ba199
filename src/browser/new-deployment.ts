// Tells a failed code file of an older page from a passing network fault: after a new deployment the
// server's index.html names another entry script than the one this page runs, and the old hashed
// chunks are gone, so only a reload helps; otherwise Retry may.
export function entryScriptOf(html: string): string | null {
  const tag = /<script\b[^>]*\btype="module"[^>]*>/i.exec(html)?.[0];
  return tag ? (/\bsrc="([^"]+)"/.exec(tag)?.[1] ?? null) : null;
}

export async function isNewDeployment(fetcher: typeof fetch = fetch): Promise<boolean> {
  const running = document
    .querySelector<HTMLScriptElement>('script[type="module"][src]')
    ?.getAttribute("src");
  if (!running) return false;
  try {
    // A query of its own: neither the HTTP cache nor the service worker's copy of the page may answer.
    const page = new URL(`${import.meta.env.BASE_URL}?version-check=${Date.now()}`, window.location.href);
    const response = await fetcher(page, { cache: "no-store" });
    if (!response.ok) return false;
    const served = entryScriptOf(await response.text());
    return served !== null && served !== running;
  } catch {
    return false; // offline: nothing to compare, and Retry is the right offer
  }
}

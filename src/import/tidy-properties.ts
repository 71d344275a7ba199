// A user's feature properties, kept as plain strings and numbers: nested objects and arrays become
// JSON text, true/false become text, null and undefined are left out. Keys and text lose control
// characters. Object.fromEntries defines own properties, so a key "__proto__" stays an ordinary key.
import { cleanName, cleanValue } from "./clean-text";

export type PlainProperties = Record<string, string | number>;

export function tidyProperties(properties: unknown): PlainProperties {
  if (!properties || typeof properties !== "object" || Array.isArray(properties)) return {};
  const entries: [string, string | number][] = [];
  for (const [key, value] of Object.entries(properties)) {
    const tidyKey = cleanName(key);
    if (tidyKey === "" || value === null || value === undefined) continue;
    if (typeof value === "number") entries.push([tidyKey, Number.isFinite(value) ? value : String(value)]);
    else if (typeof value === "string") entries.push([tidyKey, cleanValue(value)]);
    else if (typeof value === "object") entries.push([tidyKey, cleanValue(JSON.stringify(value))]);
    else entries.push([tidyKey, String(value)]);
  }
  return Object.fromEntries(entries);
}

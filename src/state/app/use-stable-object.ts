// The same object back while none of its fields changed (each compared with Object.is): a hook that
// builds a fresh result object on every render can hand it up to the page (ui/shell/app-engines.tsx) without
// making the page render again for nothing, and without a second list of its fields as memo dependencies.
import { useRef } from "react";

export function sameFields<T extends object>(a: T, b: T): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as (keyof T)[];
  return keys.length === Object.keys(b).length && keys.every((key) => key in b && Object.is(a[key], b[key]));
}

export function useStableObject<T extends object>(value: T): T {
  const kept = useRef(value);
  if (!sameFields(kept.current, value)) kept.current = value;
  return kept.current;
}

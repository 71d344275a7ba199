// A flag that turns on only after it has stayed on for `delay` ms and turns off at once: "Computing…"
// and the dimmed table show for a slow table, never as a flash for a quick one. With software
// rendering each repaint of the panel costs about 100 ms, so a flash also delayed the new table.
import { useEffect, useState } from "react";

export function useDelayedFlag(flag: boolean, delayMilliseconds: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!flag) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), delayMilliseconds);
    return () => clearTimeout(timer);
  }, [flag, delayMilliseconds]);
  return flag && shown;
}

// A table on the shipped data comes back in about 100 ms; past this the reader is told it is coming.
export const BUSY_SHOWS_AFTER_MILLISECONDS = 250;

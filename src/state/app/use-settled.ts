// True from the settled moment after start-up on (browser/when-settled.ts).
import { useEffect, useState } from "react";
import { whenSettled } from "../../browser/when-settled";

export function useSettled(): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    let current = true;
    void whenSettled().then(() => current && setSettled(true));
    return () => {
      current = false;
    };
  }, []);
  return settled;
}

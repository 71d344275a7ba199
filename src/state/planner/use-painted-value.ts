// A value as of the last frame painted: it follows `value` two animation frames after each change, so
// work keyed on it starts only once the change is on screen. The planner asks for the catchments only
// after the new table has been painted; on two cores a catchment worked out (and the map repainted)
// during the table's frame held the table back by 100–250 ms.
import { useEffect, useState } from "react";

export function usePaintedValue<T>(value: T): T {
  const [painted, setPainted] = useState(value);
  useEffect(() => {
    if (typeof requestAnimationFrame !== "function") {
      setPainted(value);
      return;
    }
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setPainted(value));
    });
    return () => cancelAnimationFrame(frame);
  }, [value]);
  return painted;
}

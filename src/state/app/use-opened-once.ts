// True from the first time a sidebar tab is open: its panel mounts (and its chunk loads) then, and stays
// mounted, so what it loaded and where the reader was survive a look at another tab.
import { useState } from "react";

export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened;
}

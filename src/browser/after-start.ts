// Work no first view needs — the presenter's PNG composer, the planner's panel — waits until the
// map has drawn for the first time, so its downloads, parsing and style changes do not compete with
// MapLibre's start-up (on a slow device the page and the map share the same cores and GPU). App releases
// it at the map's first idle or when the map cannot start; after 15 s it opens by itself.
import { createLatch } from "./latch";

export const afterStart = createLatch(15_000);

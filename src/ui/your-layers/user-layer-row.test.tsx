// @vitest-environment happy-dom
// R9: a layer of one feature says "1 feature", not "1 features".
import { cleanup, render, screen } from "@testing-library/react";
import type { Feature } from "geojson";
import { afterEach, expect, it } from "vitest";
import type { StoredUserLayer } from "../../import/user-layer-store";
import { TextProvider } from "../shell/text-context";
import { UserLayerRow } from "./user-layer-row";

afterEach(cleanup);

const point: Feature = {
  type: "Feature",
  properties: {},
  geometry: { type: "Point", coordinates: [120.7, 30.7] },
};
const layer = (count: number): StoredUserLayer => ({
  id: "a",
  name: "schools",
  colourIndex: 0,
  visible: true,
  savedAt: 1,
  features: { type: "FeatureCollection", features: Array.from({ length: count }, () => point) },
});
const noop = () => undefined;

it.each([
  ["en", 1, "1 feature"],
  ["en", 2, "2 features"],
  ["en", 1200, "1,200 features"],
  ["zh", 1, "1 个要素"],
] as const)("in %s, a layer of %i says %s", (language, count, text) => {
  render(
    <TextProvider language={language}>
      <ul>
        <UserLayerRow
          layer={layer(count)}
          onToggle={noop}
          onRecolour={noop}
          onFrame={noop}
          onExport={noop}
          onRemove={noop}
        />
      </ul>
    </TextProvider>,
  );
  expect(screen.getByText(text, { exact: true })).toBeTruthy();
});

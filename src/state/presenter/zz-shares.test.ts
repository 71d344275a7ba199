import { it } from "vitest";
import { shippedBasemap, shippedProjectFeatures, shippedTour } from "../../../tests/support/shipped-data";
import { cityBounds } from "../../data/region";
import { indexFeature } from "../../filters/indexed-properties";
import { fitCamera, screenPoint } from "../../geo/web-mercator";
import { mapPadding } from "../map-area/map-padding";
import { overlayBoxes } from "./presenter-layout";
import { overlayContent, statusLegend } from "./presenter-overlay-content";
import { planSlide } from "./presenter-slide-plan";

it("prints", () => {
  const all = shippedProjectFeatures().map(indexFeature);
  const tour = shippedTour();
  const city = cityBounds(shippedBasemap("city-outline"));
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ])
    for (const language of ["zh", "en"] as const) {
      const out: string[] = [];
      tour.slides.forEach((slide, index) => {
        const plan = planSlide(slide, all, city, size);
        const legend = statusLegend(
          language,
          new Set(plan.shown.map((f) => f.properties.status)),
          slide.highlight.length > 0,
        );
        const boxes = overlayBoxes(
          size.width,
          size.height,
          overlayContent(language, slide, { index, count: 9 }, legend, plan.locator),
        );
        const padding = mapPadding({
          narrow: false,
          detailOpen: false,
          presenting: true,
          ...size,
          overlay: boxes,
        });
        const target = plan.target as { bounds: [number, number, number, number]; maxZoom: number };
        const camera = fitCamera(target.bounds, size, padding, target.maxZoom)!;
        const a = screenPoint(camera, size, [city[0], city[3]]);
        const b = screenPoint(camera, size, [city[2], city[1]]);
        out.push(
          `${slide.id} ${((((b.x - a.x) * (b.y - a.y)) / (size.width * size.height)) * 100).toFixed(0)}% cap${Math.round(boxes.caption.top)} ctl${Math.round(boxes.controls.top)} lg${Math.round(boxes.legend.left)}`,
        );
      });
      console.log(size.width, language, out.join(" | "));
    }
});

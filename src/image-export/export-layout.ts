// Layout maths for the exported map image, kept pure so it can be unit tested: where the title, legend,
// scale bar and credits go, and how long a round-numbered scale bar is. Sizes are designed for a
// 1920×1080 slide and scale with the image, so a 4K export looks the same, only sharper.

export const EARTH_CIRCUMFERENCE_METRES = 40_075_016.686; // at the equator, WGS84
const WORLD_SIZE_PIXELS = 512; // MapLibre's world width at zoom 0, in CSS pixels
const DESIGN_SIZE = { width: 1920, height: 1080 }; // pixels

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ScaleBar {
  metres: number;
  widthPixels: number;
  label: string;
}

export interface ExportLayout {
  unit: number; // image pixels per design pixel
  margin: number;
  title: Box;
  titleFont: number; // pixels
  subtitleFont: number;
  legend: Box;
  legendFont: number;
  legendRow: number; // height of one legend row, pixels
  scaleBar: Box; // the bar itself; its label sits above
  scaleFont: number;
  credits: Box; // right-aligned text block, bottom right
  creditsFont: number;
}

/** Ground metres per CSS pixel at a latitude (degrees) and web-mercator zoom. */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (
    (EARTH_CIRCUMFERENCE_METRES * Math.cos((latitude * Math.PI) / 180)) / (WORLD_SIZE_PIXELS * 2 ** zoom)
  );
}

/** The longest 1, 2 or 5 × 10ⁿ metres that fits in maxWidthPixels, like MapLibre's own scale control. */
export function scaleBar(metresPerImagePixel: number, maxWidthPixels: number): ScaleBar {
  const maxMetres = metresPerImagePixel * maxWidthPixels;
  const magnitude = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 2, 1].find((candidate) => candidate * magnitude <= maxMetres) ?? 1;
  const metres = step * magnitude;
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  return { metres, widthPixels: metres / metresPerImagePixel, label };
}

/**
 * @param legendRows number of legend entries, the legend's heading included
 * @param legendTextWidth widest legend text at the layout's legend font, in design pixels
 */
export function exportLayout(width: number, height: number, legendRows: number, legendTextWidth: number) {
  const unit = Math.min(width / DESIGN_SIZE.width, height / DESIGN_SIZE.height);
  const margin = 32 * unit;
  const titleFont = 44 * unit;
  const subtitleFont = 24 * unit;
  const legendFont = 24 * unit;
  const legendRow = 38 * unit;
  const scaleFont = 20 * unit;
  const creditsFont = 16 * unit;
  const padding = 16 * unit;
  const titleHeight = titleFont * 1.3 + subtitleFont * 1.4 + 2 * padding;
  const title: Box = {
    x: margin,
    y: margin,
    width: Math.min(width - 2 * margin, 1100 * unit),
    height: titleHeight,
  };
  const swatchWidth = 56 * unit;
  const legendWidth = Math.min(width / 3, swatchWidth + (legendTextWidth + 12) * unit + 2 * padding);
  const legend: Box = {
    x: width - margin - legendWidth,
    y: margin,
    width: legendWidth,
    height: legendRows * legendRow + 2 * padding,
  };
  const scaleHeight = 10 * unit;
  const scale: Box = {
    x: margin + padding,
    y: height - margin - padding - scaleHeight,
    width: Math.min(320 * unit, width / 4),
    height: scaleHeight,
  };
  const creditsHeight = 2 * creditsFont * 1.5 + 2 * padding;
  const credits: Box = {
    x: width / 3,
    y: height - margin - creditsHeight,
    width: width - width / 3 - margin,
    height: creditsHeight,
  };
  return {
    unit,
    margin,
    title,
    titleFont,
    subtitleFont,
    legend,
    legendFont,
    legendRow,
    scaleBar: scale,
    scaleFont,
    credits,
    creditsFont,
  } satisfies ExportLayout;
}

/**
 * The export's file name: the map and the day, e.g. jiaxing-map-2020-06-01.png; while presenting, the
 * tour and the slide's number as the room saw it, e.g. jiaxing-map-2020-06-01-my-tour-slide-1.png.
 */
export function exportFileName(date: string, slide: { tour: string; number: number } | null): string {
  return `jiaxing-map-${date}${slide ? `-${slide.tour}-slide-${slide.number}` : ""}.png`;
}

/** A local calendar date as YYYY-MM-DD: the day the image was made, as the audience would read it. */
export function isoDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

// What the image composers take: the map as rendered and the words, legend and colours drawn around it.
import type { InsetDrawing } from "./inset-drawing";

export interface LegendEntry {
  label: string;
  colour: string;
  dash: readonly number[]; // in line widths, as the map's STATUS_DASHES
  hollow: boolean;
}

export interface ExportDecorations {
  title: string;
  subtitle: string;
  legendTitle: string;
  legend: readonly LegendEntry[];
  credits: string;
  date: string;
  // From the theme: text, the panels behind it, the ring of point markers and the highlight outline.
  colours: { ink: string; panel: string; markerStroke: string; highlight: string };
  // While presenting: the slide as the room sees it (caption, inset, highlight key).
  slide?: SlideDecorations;
}

export interface MapSnapshot {
  canvas: HTMLCanvasElement; // MapLibre's WebGL canvas, drawn with preserveDrawingBuffer
  metresPerPixel: number; // ground metres per canvas (device) pixel at the map's centre
}

export interface SlideDecorations {
  title: string; // the slide's title
  position: string; // which tour and slide it is, as the room saw it: "我的导览 · 第 1 / 3 页"
  caption: string; // the plan's words
  focusKey: string | null; // the highlight key, when the slide outlines projects
  inset: InsetDrawing | null;
  insetNote: string;
}

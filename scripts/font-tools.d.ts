// The parts of two untyped build-time packages that scripts/label-font.ts uses.
declare module "subset-font" {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: "sfnt" | "woff" | "woff2" },
  ): Promise<Buffer>;
}

declare module "fontverter" {
  const fontverter: { convert(font: Buffer, format: "sfnt" | "woff" | "woff2"): Promise<Buffer> };
  export default fontverter;
}

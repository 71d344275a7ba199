// Parses KML or GPX text with xmldom rather than the browser's DOMParser, which a Web Worker lacks.
// xmldom never fetches external entities, so a hostile file cannot make the page reach out.
import { DOMParser, type Document as XmlDocument } from "@xmldom/xmldom";

export type ParsedXml = { ok: true; document: XmlDocument } | { ok: false; detail: string };

export function parseXml(text: string): ParsedXml {
  try {
    const parser = new DOMParser({
      onError: (level, message) => {
        // Warnings (an unknown entity, a stray character) leave the tree usable; errors do not.
        if (level !== "warning") throw new Error(message);
      },
    });
    const document = parser.parseFromString(text, "text/xml");
    if (!document.documentElement) return { ok: false, detail: "no root element" };
    return { ok: true, document };
  } catch (error) {
    return {
      ok: false,
      detail:
        String((error as Error).message)
          .split("\n")[0]
          ?.slice(0, 120) ?? "",
    };
  }
}

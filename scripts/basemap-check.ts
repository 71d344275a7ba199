// npm run basemap:check -- <archive.pmtiles> [more.pmtiles …]: says whether each archive can be the map's
// detailed basemap, before it is deployed (scripts/check-archive.ts judges).
// Exit 0: every archive fits (warnings may follow); 1: one does not, and why; 2: no file given.
import { checkArchiveFile } from "./check-archive";

async function main(args: string[]): Promise<number> {
  if (args.length === 0) {
    console.error("usage: npm run basemap:check -- <archive.pmtiles> [more.pmtiles …]");
    return 2;
  }
  let fits = true;
  for (const path of args) {
    const checked = await checkArchiveFile(path);
    console.log(checked.lines.join("\n"));
    fits &&= checked.fits;
  }
  return fits ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));

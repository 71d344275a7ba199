// The file names inside a zip, read from its central directory without unpacking anything, so a zip
// without a .shp is refused before the Shapefile reader starts. Also sums the unpacked sizes, so a
// small zip that would unpack to gigabytes is refused too.

export interface ZipDirectory {
  names: string[];
  // Sum of the entries' unpacked sizes, bytes.
  unpackedBytes: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
// The end record is 22 bytes plus a comment of up to 65,535 bytes.
const END_RECORD_SEARCH = 22 + 0xffff;

export function zipEntryNames(bytes: Uint8Array): ZipDirectory | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - END_RECORD_SEARCH); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end === -1) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names: string[] = [];
  let unpackedBytes = 0;
  const decoder = new TextDecoder();
  for (let entry = 0; entry < count; entry++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    unpackedBytes += view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { names, unpackedBytes };
}

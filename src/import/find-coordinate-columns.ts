// Finds the longitude and latitude columns of a table by their headers, in English or Chinese and any
// letter case, or by the names the user chose.
import type { ImportMessage } from "./import-types";

const LONGITUDE_HEADERS = ["lon", "lng", "long", "longitude", "x", "经度"];
const LATITUDE_HEADERS = ["lat", "latitude", "y", "纬度"];

export type CoordinateColumns =
  | { ok: true; longitude: number; latitude: number }
  | { ok: false; refusal: ImportMessage };

export function findCoordinateColumns(
  headers: readonly string[],
  chosen: { longitudeColumn?: string; latitudeColumn?: string } = {},
): CoordinateColumns {
  const normalised = headers.map((header) => header.trim().toLowerCase());
  const listed = headers.join(", ").slice(0, 200);
  const find = (wanted: string | undefined, usual: readonly string[]): number | string => {
    if (wanted !== undefined && wanted.trim() !== "") {
      const index = normalised.indexOf(wanted.trim().toLowerCase());
      return index === -1 ? wanted : index;
    }
    for (const name of usual) {
      const index = normalised.indexOf(name);
      if (index !== -1) return index;
    }
    return -1;
  };
  const longitude = find(chosen.longitudeColumn, LONGITUDE_HEADERS);
  const latitude = find(chosen.latitudeColumn, LATITUDE_HEADERS);
  for (const found of [longitude, latitude]) {
    if (typeof found === "string") {
      return {
        ok: false,
        refusal: { code: "named-column-missing", values: { column: found, columns: listed } },
      };
    }
  }
  if (longitude === -1 || latitude === -1) {
    return { ok: false, refusal: { code: "no-coordinate-columns", values: { columns: listed } } };
  }
  return { ok: true, longitude: longitude as number, latitude: latitude as number };
}

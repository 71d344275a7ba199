// Properties beyond the required contract. The documented extras (note_zh, note_en, plan_part,
// precision_basis, course and any investment_*) are type-checked and block the feature when malformed, like a required field.
//
// Any other key is reported, not silently passed: it is most often a typo of a contract field
// ("stauts", "name_cn") whose value would otherwise never reach the map. It is non-blocking: the
// renderer ignores unknown keys, so the feature is still shown, while the CLI still fails on it.
import { type Finding, finding, shown } from "./problem";
import { ID_PATTERN, PRECISION_BASES, TEXT_LIMITS } from "./project-schema";

const OPTIONAL_TEXT = ["note_zh", "note_en"];

export function checkExtraProperties(
  properties: Record<string, unknown>,
  required: readonly string[],
): Finding[] {
  const findings: Finding[] = [];
  const known = [...required, ...OPTIONAL_TEXT, "plan_part", "precision_basis", "course"];
  for (const [key, value] of Object.entries(properties)) {
    if (required.includes(key)) continue;
    if (OPTIONAL_TEXT.includes(key)) findings.push(...checkOptionalText(key, value));
    else if (key === "precision_basis") findings.push(...checkPrecisionBasis(value));
    else if (key === "course") findings.push(...checkCourse(value));
    else if (key === "plan_part" || key.startsWith("investment_"))
      findings.push(...checkTextOrNumber(key, value));
    else findings.push(finding(key, unknownMessage(key, known), false));
  }
  return findings;
}

// Notes are read by the public: no field names or code words (snake_case like beyond_city), and Chinese
// notes in the full-width punctuation of Chinese text (：，；（）).
const CODE_WORD = /\b[a-z]+_[a-z_]+\b/;
const ASCII_PUNCTUATION = /[:,;()]/;

function checkOptionalText(key: string, value: unknown): Finding[] {
  if (typeof value !== "string" || value.trim() === "") {
    return [finding(key, `${shown(value)} must be a non-empty string (or leave the property out)`)];
  }
  const limit = TEXT_LIMITS[key];
  const length = [...value].length;
  if (limit !== undefined && length > limit)
    return [finding(key, `is ${length} characters long; at most ${limit} are allowed`)];
  const code = CODE_WORD.exec(value)?.[0];
  if (code) return [finding(key, `uses the code word ${shown(code)}; say it in words a reader knows`, false)];
  const ascii = key.endsWith("_zh") ? ASCII_PUNCTUATION.exec(value)?.[0] : undefined;
  if (ascii)
    return [finding(key, `uses ASCII ${shown(ascii)}; Chinese text uses full-width punctuation`, false)];
  return [];
}

function checkPrecisionBasis(value: unknown): Finding[] {
  const known: readonly unknown[] = PRECISION_BASES;
  if (known.includes(value)) return [];
  return [finding("precision_basis", `${shown(value)} must be one of ${PRECISION_BASES.join(", ")}`)];
}

// A course id is a kebab-case slug like a feature id (data/courses.geojson); a feature that follows
// several courses lists them in an array.
function checkCourse(value: unknown): Finding[] {
  const isId = (item: unknown) => typeof item === "string" && ID_PATTERN.test(item);
  if (isId(value) || (Array.isArray(value) && value.length > 0 && value.every(isId))) return [];
  return [finding("course", `${shown(value)} must be a kebab-case course id or a non-empty array of them`)];
}

// plan_part may be a heading ("二、") or a number; investment_* an amount or the plan's wording of it.
function checkTextOrNumber(key: string, value: unknown): Finding[] {
  const fine =
    (typeof value === "string" && value.trim() !== "") ||
    (typeof value === "number" && Number.isFinite(value) && value >= 0);
  return fine ? [] : [finding(key, `${shown(value)} must be a non-empty string or a non-negative number`)];
}

function unknownMessage(key: string, known: readonly string[]): string {
  const near = known.find((candidate) => editDistance(key, candidate) <= 2);
  const hint = near ? `; did you mean "${near}"?` : "";
  return `unknown property, not in the data contract (ignored by the map)${hint}`;
}

// Levenshtein distance, for the "did you mean" hint on short property names.
function editDistance(left: string, right: string): number {
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row++) {
    const current = [row];
    for (let column = 1; column <= right.length; column++) {
      const substitution = (previous[column - 1] as number) + (left[row - 1] === right[column - 1] ? 0 : 1);
      current.push(
        Math.min(substitution, (previous[column] as number) + 1, (current[column - 1] as number) + 1),
      );
    }
    previous = current;
  }
  return previous[right.length] as number;
}

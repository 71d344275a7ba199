import { describe, expect, it } from "vitest";
import { validFeature } from "../../tests/support/fixtures";
import { checkProperties } from "./validate-properties";

function findings(change: Record<string, unknown>, layerOfFile: string | null = null) {
  return checkProperties({ ...validFeature().properties, ...change }, layerOfFile);
}

function messages(change: Record<string, unknown>, layerOfFile: string | null = null): string[] {
  return findings(change, layerOfFile).map((found) => `${found.field}: ${found.message}`);
}

describe("checkProperties", () => {
  it("finds nothing wrong with the valid fixture in its own layer file", () => {
    expect(findings({}, "railway")).toEqual([]);
  });

  it("reports a missing required field", () => {
    const { target_en: _, ...properties } = validFeature().properties;
    expect(checkProperties(properties, null).map((found) => found.field)).toEqual(["target_en"]);
  });

  it("lists the allowed values of a closed vocabulary", () => {
    expect(messages({ pillar: "hubb" })).toEqual([
      'pillar: "hubb" is not one of hub, innovation, quality, openness',
    ]);
  });

  it.each([
    ["layer", "rail"],
    ["status", "underway"],
    ["precision", "rough"],
  ])("checks %s against its vocabulary", (field, value) => {
    expect(findings({ [field]: value }).map((found) => found.field)).toEqual([field]);
  });

  it("reports a feature of another layer in a layer's file", () => {
    expect(messages({ layer: "highway" }, "railway")).toEqual([
      'layer: "highway" in the railway file; each layer file holds only its layer',
    ]);
  });

  it("checks the id pattern", () => {
    expect(messages({ id: "Hangzhou_Haining" })[0]).toMatch(
      /^id: "Hangzhou_Haining" must be lowercase letters/,
    );
  });

  it("rejects an empty text field", () => {
    expect(messages({ target_zh: " " })).toEqual(["target_zh: is empty"]);
  });

  it("rejects a non-string text field", () => {
    expect(messages({ name_zh: 3 })).toEqual(["name_zh: 3 must be a string"]);
  });

  it("rejects Chinese in an English field", () => {
    expect(messages({ name_en: "杭海城际铁路" })[0]).toMatch(/^name_en: .* contains Chinese characters/);
  });

  it("rejects a county code that is not Jiaxing's", () => {
    expect(messages({ counties: ["330402", "330100"] })[0]).toMatch(
      /^counties: "330100" is not a county code/,
    );
  });

  it("rejects a county listed twice", () => {
    expect(messages({ counties: ["330402", "330402"] })).toEqual([
      'counties: ["330402","330402"] lists a county twice',
    ]);
  });

  it("requires beyond_city to be a boolean", () => {
    expect(messages({ beyond_city: "no" })).toEqual(['beyond_city: "no" must be true or false']);
  });
});

describe("optional and unknown properties", () => {
  it("accepts the documented extras", () => {
    const extras = {
      note_zh: "示范段",
      note_en: "Demonstration section",
      plan_part: "一",
      investment_billion_yuan: 12.5,
    };
    expect(findings(extras)).toEqual([]);
  });

  it("blocks a malformed documented extra", () => {
    expect(findings({ note_en: "" }).map((found) => [found.field, found.blocking])).toEqual([
      ["note_en", true],
    ]);
  });

  it("reports an unknown key without blocking the feature, suggesting the field it resembles", () => {
    expect(findings({ stauts: "start" })).toEqual([
      {
        field: "stauts",
        message: 'unknown property, not in the data contract (ignored by the map); did you mean "status"?',
        blocking: false,
      },
    ]);
  });
});

describe("text length limits", () => {
  it("refuses a runaway name and note, naming the length and the limit", () => {
    const properties: Record<string, unknown> = {
      ...validFeature().properties,
      name_zh: "嘉".repeat(101),
      note_en: "x".repeat(3001),
    };
    expect(checkProperties(properties, "railway").map((found) => `${found.field}: ${found.message}`)).toEqual(
      [
        "name_zh: is 101 characters long; at most 100 are allowed",
        "note_en: is 3001 characters long; at most 3000 are allowed",
      ],
    );
  });
});

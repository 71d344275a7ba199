import { describe, expect, it } from "vitest";
import { countyAliases, projectAliases } from "./search-aliases";

describe("short names for projects", () => {
  it("peels generic endings down to the name the plan says", () => {
    expect(projectAliases("杭海城际铁路", "杭海城际铁路争取实现“轨通”“电通”")).toEqual(["杭海"]);
    expect(projectAliases("沪嘉城际轨道项目示范段", "沪嘉城际轨道项目示范段力争年内正式开工")).toEqual([
      "沪嘉",
    ]);
    expect(projectAliases("嘉兴火车站改建工程", "嘉兴火车站改建工程力争完成站房主体结构建设")).toEqual([
      "嘉兴火车站",
    ]);
  });

  it("keeps a road's number and a named road or waterway without its section", () => {
    expect(projectAliases("G525海宁段", "G525海盐段、海宁段整治")).toEqual(["G525"]);
    expect(projectAliases("苏台高速南浔至桐乡段", "苏台高速南浔至桐乡段")).toEqual(["苏台高速"]);
    expect(projectAliases("京杭运河嘉兴段", "建成京杭运河嘉兴段、杭平申线航道等项目")).toEqual(["京杭运河"]);
  });

  it("takes the name before a bracket", () => {
    expect(projectAliases("大运河(嘉兴段)文化保护传承利用", "建立健全大运河(嘉兴段)文化保护")).toEqual([
      "大运河",
    ]);
  });

  it("invents nothing the plan's quote does not contain", () => {
    expect(projectAliases("杭海城际铁路", "加快推进某项工作")).toEqual([]);
    expect(projectAliases("高铁新城核心区块", "全面启动高铁新城核心区块建设")).toEqual([]);
    expect(projectAliases("清华长三院", "支持清华长三院做大做强")).toEqual([]);
  });
});

describe("short names for counties", () => {
  it("drops the administrative ending and adds the short English name", () => {
    expect(countyAliases("海宁市", "Haining", "Haining")).toEqual(["海宁"]);
    expect(countyAliases("南湖区", "Nanhu", "Nanhu District")).toEqual(["南湖", "Nanhu"]);
  });
});

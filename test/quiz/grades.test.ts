import { describe, expect, it } from "vitest";
import { gradeOver } from "../../src/quiz/grades";

describe("a student's grade over several attempts", () => {
  const attempts = [
    { startedAt: "2026-01-02T10:00:00Z", percent: 40 },
    { startedAt: "2026-01-01T10:00:00Z", percent: 70 },
    { startedAt: "2026-01-03T10:00:00Z", percent: 55 },
  ];
  it("takes the highest, the average, the first or the last by start time", () => {
    expect(gradeOver(attempts, "highest")).toBe(70);
    expect(gradeOver(attempts, "average")).toBe(55);
    expect(gradeOver(attempts, "first")).toBe(70);
    expect(gradeOver(attempts, "last")).toBe(55);
    expect(gradeOver([], "highest")).toBeNull();
  });
});

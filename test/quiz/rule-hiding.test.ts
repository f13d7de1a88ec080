import { describe, expect, it } from "vitest";
import { ruleWithoutKey } from "../../src/quiz/grading";
import { scoreQuestion } from "../../src/score";
import { QuestionSchema } from "../../src/schemas/question";
import { itemId } from "../../src/score/item-id";

describe("a rule with the key taken out", () => {
  it("hides a key that holds a curly apostrophe (O’Brien) and every quoted key of a rule", () => {
    const q = QuestionSchema.parse({ id: "q", kind: "short_answer", prompt: "Who painted the panels?", answers: [{ text: "Siobhán O’Brien-Kavanagh" }] });
    const verdict = scoreQuestion(q, "Siobhan OBrien-Kavanagh", { typoTolerance: true });
    expect(verdict.credit).toBe(1);
    const hidden = ruleWithoutKey(verdict.rule);
    expect(hidden).not.toMatch(/Brien|Kavanagh|Siobh/);
    const mc = QuestionSchema.parse({ id: "m", kind: "multiple_choice", prompt: "Which?", options: [{ id: "a", text: "the players’ coach", weight: 1 }, { id: "b", text: "x", weight: 0 }] });
    expect(ruleWithoutKey(scoreQuestion(mc, itemId("the players’ coach"), { typoTolerance: true }).rule)).not.toContain("coach");
  });
});

import type { Hook } from "@hono/zod-openapi";
import type { z } from "@hono/zod-openapi";
import { ApiError } from "./errors";

export interface FieldProblem {
  field: string;
  message: string;
}

/** `questions[2].options` style paths: what a teacher searching their JSON would look for. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), "");
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_union" && issue.discriminator) {
    const options = "options" in issue && issue.options ? issue.options.map(String).join(", ") : "a known value";
    return `'${issue.discriminator}' must be one of: ${options}`;
  }
  // zod leaves `input` out of issues unless asked, so a missing field shows only in its message.
  if (issue.code === "invalid_type" && /received undefined$/.test(issue.message)) return `is required (expected ${issue.expected})`;
  if (issue.code === "invalid_type") {
    const received = /received (\w+)$/.exec(issue.message)?.[1];
    const article = /^[aeiou]/.test(issue.expected) ? "an" : "a";
    return `must be ${article} ${issue.expected}${received ? `, not ${received}` : ""}`;
  }
  if (issue.code === "unrecognized_keys") return `has unknown field(s): ${issue.keys.join(", ")}`;
  return issue.message;
}

export function zodProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.slice(0, 50).map((issue) => ({ field: fieldPath(issue.path) || "(body)", message: describeIssue(issue) }));
}

export function validationError(error: z.ZodError, where = "request body"): ApiError {
  const problems = zodProblems(error);
  const first = problems[0];
  const summary = first ? `${first.field}: ${first.message}` : "invalid";
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
  return new ApiError("validation_failed", `The ${where} is invalid: ${summary}${more}.`, { problems });
}

/** Used by every OpenAPI route so that a failed zod check becomes the one error shape. */
export const validationHook: Hook<unknown, any, any, unknown> = (result, _c) => {
  if (!result.success) {
    const target = (result as { target?: string }).target;
    throw validationError(result.error, target === "json" || !target ? "request body" : `request ${target}`);
  }
};

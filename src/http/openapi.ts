import { OpenAPIHono, createRoute, type RouteConfig, z } from "@hono/zod-openapi";
import type { AppEnv } from "../env";
import { ErrorSchema } from "../schemas/api";
import { validationHook } from "./validation";

/** One sub-app per resource; every route's failed validation becomes the one error shape. */
export const newRouter = () => new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

const errors = (codes: number[]) =>
  Object.fromEntries(codes.map((code) => [code, { description: "error", content: { "application/json": { schema: ErrorSchema } } }]));

type Method = "get" | "post" | "put" | "delete";

/** A JSON route with its success reply and the errors it can return, for the OpenAPI document. */
export function jsonRoute<const R extends Omit<RouteConfig, "responses" | "method"> & { method: Method }>(
  config: R & { status?: 200 | 201; reply: z.ZodType; errorCodes?: number[]; teacher?: boolean; admin?: boolean; attempt?: boolean },
) {
  const { status = 200, reply, errorCodes = [400, 404], teacher, admin, attempt, ...rest } = config;
  const security = teacher ? [{ teacherKey: [] }] : admin ? [{ adminToken: [] }] : attempt ? [{ attemptToken: [] }] : undefined;
  return createRoute({
    ...rest,
    ...(security ? { security } : {}),
    responses: {
      [status]: { description: "success", content: { "application/json": { schema: reply } } },
      ...errors([...new Set([...errorCodes, ...(security ? [401] : []), 500])]),
    },
  } as unknown as R & { responses: RouteConfig["responses"] });
}

export { z };

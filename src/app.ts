import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import type { AppEnv } from "./env";
import { handleError, handleNotFound } from "./http/error-handler";
import { ApiError } from "./http/errors";
import { validationHook } from "./http/validation";
import { attemptRoutes } from "./routes/attempts";
import { docsRoutes } from "./routes/docs";
import { quizRoutes } from "./routes/quizzes";
import { studentRoutes } from "./routes/student";
import { teachRoutes } from "./routes/teach";
import { teachers } from "./routes/teachers";
import { BODY_MAX_BYTES, IMPORT_MAX_BYTES } from "./schemas/api";

const limit = (maxSize: number) =>
  bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiError("payload_too_large", `The request body is larger than the ${maxSize / 1024 / 1024} MB this endpoint accepts.`);
    },
  });
const importLimit = limit(IMPORT_MAX_BYTES);
const apiHeaders = secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'none'"], styleSrc: ["'unsafe-inline'"], frameAncestors: ["'none'"], baseUri: ["'none'"] } });
const defaultLimit = limit(BODY_MAX_BYTES);

/** Builds the whole app; tests and the worker entry share it. */
export function createApp() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.onError(handleError);
  app.notFound(handleNotFound);
  // Only methods with a body: Hono's bodyLimit rebuilds the request, which a GET may not have (a stray Transfer-Encoding header was a 500).
  // The JSON API and its documentation render nothing a browser should run or frame: Hono's secure
  // headers (nosniff, frame denial, no referrer) with a CSP that allows nothing but the docs' inline style.
  // The student and teacher pages set their own, stricter for what they load.
  for (const path of ["/api/*", "/openapi.json", "/docs"]) app.use(path, apiHeaders);
  app.use("/api/*", (c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    return c.req.path === "/api/quizzes/import" ? importLimit(c, next) : defaultLimit(c, next);
  });
  app.route("/", teachers);
  app.route("/", quizRoutes);
  app.route("/", attemptRoutes);
  app.route("/", teachRoutes);
  app.route("/", studentRoutes);
  app.route("/", docsRoutes(app));
  return app;
}

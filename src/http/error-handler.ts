import type { ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { ZodError } from "zod";
import { ApiError, errorBody } from "./errors";
import { validationError } from "./validation";

/**
 * D1's transient failures (a lost connection, an overloaded or restarting
 * database), as opposed to a bug such as a missing table, which stays a 500.
 */
const isTransientD1Error = (err: unknown) =>
  err instanceof Error && /^D1[_ ]/.test(err.message) && /network|connection|overloaded|timed? ?out|reset|restart|unavailable|internal error/i.test(err.message);

/** Turns anything thrown into the one error shape; internals never reach the client. */
export const handleError: ErrorHandler = (err, c) => {
  let apiError: ApiError;
  if (err instanceof ApiError) apiError = err;
  else if (err instanceof ZodError) apiError = validationError(err);
  else if (err instanceof HTTPException && err.status === 400) {
    apiError = new ApiError("invalid_json", "The request body is not valid JSON. Send a JSON object with 'Content-Type: application/json'.");
  } else if (err instanceof HTTPException && err.status === 413) {
    apiError = new ApiError("payload_too_large", "The request body is too large.");
  } else if (err instanceof HTTPException && err.status === 415) {
    apiError = new ApiError("unsupported_media_type", "Send the request body as JSON, with the header 'Content-Type: application/json'.");
  } else if (isTransientD1Error(err)) {
    // D1 runs each batch as one transaction: a failed write left nothing behind, so a retry is safe.
    console.error("D1 error", c.req.method, c.req.path, err);
    c.header("Retry-After", "1");
    apiError = new ApiError("unavailable", "The database did not take the change, so nothing was saved. Please retry in a moment.");
  } else {
    console.error("unhandled error", c.req.method, c.req.path, err);
    apiError = new ApiError("internal_error", "Something went wrong on our side. Please try again; if it keeps happening, tell the site's administrator.");
  }
  return c.json(errorBody(apiError), apiError.status);
};

export const handleNotFound: NotFoundHandler = (c) =>
  c.json(errorBody(new ApiError("not_found", `There is no ${c.req.method} ${c.req.path}. See /docs for the API.`)), 404);

import { requireAdmin } from "../http/auth";
import { jsonRoute, newRouter, z } from "../http/openapi";
import { CreateTeacherBody } from "../schemas/api";
import { createTeacher } from "../services/teachers";

const create = jsonRoute({
  method: "post",
  path: "/api/teachers",
  tags: ["teachers"],
  summary: "Create a teacher (admin token); the key is shown only in this reply",
  admin: true,
  middleware: [requireAdmin] as const,
  request: { body: { content: { "application/json": { schema: CreateTeacherBody } }, required: true } },
  status: 201,
  reply: z.object({ teacher: z.object({ id: z.string(), name: z.string() }), key: z.string() }).openapi("TeacherCreated"),
});

export const teachers = newRouter().openapi(create, async (c) => c.json(await createTeacher(c.env.DB, c.req.valid("json").name), 201));

import { insertTeacher } from "../db/teachers";
import { requireAdmin } from "../http/auth";
import { jsonRoute, newRouter, z } from "../http/openapi";
import { randomId, randomSecret, sha256Hex } from "../http/secrets";
import { CreateTeacherBody } from "../schemas/api";

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

export const teachers = newRouter().openapi(create, async (c) => {
  const { name } = c.req.valid("json");
  const teacher = { id: randomId("t"), name };
  const key = randomSecret("tk");
  await insertTeacher(c.env.DB, { ...teacher, keyHash: await sha256Hex(key), now: new Date().toISOString() });
  return c.json({ teacher, key }, 201);
});

import { insertTeacher } from "../db/teachers";
import { randomId, randomSecret, sha256Hex } from "../http/secrets";

/** A new teacher and their key: the key is returned once and only its hash is kept. */
export async function createTeacher(db: D1Database, name: string) {
  const teacher = { id: randomId("t"), name };
  const key = randomSecret("tk");
  await insertTeacher(db, { ...teacher, keyHash: await sha256Hex(key), now: new Date().toISOString() });
  return { teacher, key };
}

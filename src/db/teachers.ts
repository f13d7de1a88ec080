export interface Teacher {
  id: string;
  name: string;
}

export async function insertTeacher(db: D1Database, teacher: Teacher & { keyHash: string; now: string }): Promise<void> {
  await db
    .prepare("INSERT INTO teachers (id, name, key_hash, created_at) VALUES (?, ?, ?, ?)")
    .bind(teacher.id, teacher.name, teacher.keyHash, teacher.now)
    .run();
}

/**
 * The teacher holding this key, and whether the address asking is blocked
 * (migrations/0006_auth_blocks.sql), in one round trip. A null address is
 * never blocked.
 */
export async function findTeacherByKeyHash(db: D1Database, keyHash: string, from: { address: string | null; now: string }) {
  const row = await db
    .prepare(
      `SELECT t.id, t.name, (SELECT until FROM auth_blocks WHERE address = ?2 AND until > ?3) AS blocked_until
       FROM (SELECT 1) LEFT JOIN teachers t ON t.key_hash = ?1`,
    )
    .bind(keyHash, from.address, from.now)
    .first<{ id: string | null; name: string | null; blocked_until: string | null }>();
  const teacher: Teacher | null = row?.id ? { id: row.id, name: row.name! } : null;
  return { teacher, blockedUntil: row?.blocked_until ?? null };
}

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

export async function findTeacherByKeyHash(db: D1Database, keyHash: string): Promise<Teacher | null> {
  return db.prepare("SELECT id, name FROM teachers WHERE key_hash = ?").bind(keyHash).first<Teacher>();
}

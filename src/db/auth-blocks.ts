// Addresses blocked from key checks after too many wrong keys (migrations/0006_auth_blocks.sql).

export async function blockedUntil(db: D1Database, address: string, now: string): Promise<string | null> {
  return db.prepare("SELECT until FROM auth_blocks WHERE address = ? AND until > ?").bind(address, now).first<string>("until");
}

export async function blockAddress(db: D1Database, address: string, until: string): Promise<void> {
  await db
    .prepare("INSERT INTO auth_blocks (address, until) VALUES (?1, ?2) ON CONFLICT(address) DO UPDATE SET until = MAX(until, excluded.until)")
    .bind(address, until)
    .run();
}

export async function deleteExpiredBlocks(db: D1Database, now: string): Promise<number> {
  const { meta } = await db.prepare("DELETE FROM auth_blocks WHERE until <= ?").bind(now).run();
  return meta.changes;
}

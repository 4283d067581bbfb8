import type { Db } from "../client.ts";

/**
 * A fingerprint of every table's rows, by table: any insert, update or delete changes it. Tests
 * that throw bad input at the app compare one from before with one from after: nothing changed.
 */
export async function databaseFingerprint(db: Db): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_hunar_migrations'
    ORDER BY table_name`;
  const prints: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ print: string | null }[]>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS print FROM "${name.replaceAll('"', '""')}" t`,
    );
    prints[name] = row?.print ?? "";
  }
  return prints;
}

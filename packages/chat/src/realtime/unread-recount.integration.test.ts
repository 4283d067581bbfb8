import type { Db } from "@hunar/db/types";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { createPair, say } from "../testing/chat-fixtures.ts";
import { createUnreadRecount } from "./unread-recount.ts";

const quietLog = { error: () => undefined, warn: () => undefined };

/** The database with its raw queries counted. */
function counted(db: Db): { db: Db; queries: () => number } {
  let queries = 0;
  const proxy = new Proxy(db, {
    get(target, key, receiver) {
      if (key !== "$queryRaw") return Reflect.get(target, key, receiver) as unknown;
      return (...args: Parameters<Db["$queryRaw"]>) => {
        queries += 1;
        return target.$queryRaw(...args);
      };
    },
  });
  return { db: proxy, queries: () => queries };
}

describe("unread recounts", () => {
  const t = useTestDb("pglite");

  it("counts the users asked for while a count runs together in the next query, each with its own total", async () => {
    const first = await createPair(t.db, ["Ayesha Khan", "Bilal Ahmed"]);
    const second = await createPair(t.db, ["Sana Malik", "Usman Tariq"]);
    await say(t.db, first, "a", "پہلا پیغام");
    await say(t.db, first, "a", "دوسرا پیغام");
    await say(t.db, second, "b", "Draft ready");
    const { db, queries } = counted(t.db);
    const sent: [string, number][] = [];
    const recount = createUnreadRecount(db, (userId, total) => sent.push([userId, total]), quietLog);

    await Promise.all([recount(first.b.userId), recount(second.a.userId), recount(first.a.userId), recount(second.a.userId)]);

    // The first starts at once; the other three (two users, one asked twice) wait for one more query.
    expect(queries()).toBe(2);
    expect(new Map(sent)).toEqual(
      new Map([
        [first.b.userId, 2],
        [second.a.userId, 1],
        [first.a.userId, 0],
      ]),
    );
    expect(sent).toHaveLength(3);
  });

  it("resolves, and logs, when the count fails", async () => {
    const warnings: string[] = [];
    const broken = { $queryRaw: () => Promise.reject(new Error("database gone")) } as unknown as Db;
    const recount = createUnreadRecount(broken, () => undefined, {
      error: () => undefined,
      warn: (_details, message) => warnings.push(message),
    });
    await expect(recount("someone")).resolves.toBeUndefined();
    expect(warnings).toEqual(["could not send the unread total"]);
  });
});

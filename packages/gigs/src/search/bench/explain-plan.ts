// EXPLAIN (ANALYZE) summaries for the search benchmarks (gigs and jobs run the same search code).
import type { Db } from "@hunar/db/client";
import { Prisma } from "@hunar/db/types";

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  Plans?: PlanNode[];
}

export interface PlanSummary {
  /** Index scans as "index (node type)", in plan order. */
  indexes: string[];
  /** Tables read without an index. */
  seqScans: string[];
  executionMs: number;
}

/** EXPLAIN (ANALYZE) of a query, reduced to what shows whether the indexes carry it. */
export async function explain(db: Db, query: Prisma.Sql): Promise<PlanSummary> {
  const rows = await db.$queryRaw<{ "QUERY PLAN": unknown }[]>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${query}`);
  const raw = rows[0]?.["QUERY PLAN"];
  const parsed = (typeof raw === "string" ? JSON.parse(raw) : raw) as { Plan: PlanNode; "Execution Time": number }[];
  const top = parsed[0];
  if (!top) throw new Error("EXPLAIN returned no plan");
  const summary: PlanSummary = { indexes: [], seqScans: [], executionMs: top["Execution Time"] };
  visit(top.Plan, summary);
  return summary;
}

function visit(node: PlanNode, summary: PlanSummary): void {
  const type = node["Node Type"];
  if (node["Index Name"]) summary.indexes.push(`${node["Index Name"]} (${type})`);
  if (type === "Seq Scan" && node["Relation Name"]) summary.seqScans.push(node["Relation Name"]);
  for (const child of node.Plans ?? []) visit(child, summary);
}

export function describePlan(summary: PlanSummary): string {
  const indexes = [...new Set(summary.indexes)].join(", ") || "none";
  const seq = summary.seqScans.length ? `; seq scan: ${[...new Set(summary.seqScans)].join(", ")}` : "; no seq scan";
  return `${summary.executionMs.toFixed(2)} ms; indexes: ${indexes}${seq}`;
}

/** The whole EXPLAIN (ANALYZE, BUFFERS) text of a query, for a plan that needs reading in full. */
export async function explainText(db: Db, query: Prisma.Sql): Promise<string> {
  const rows = await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${query}`);
  return rows.map((r) => r["QUERY PLAN"]).join("\n");
}

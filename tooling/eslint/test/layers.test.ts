import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
import { ALL_PACKAGES } from "../layers.js";

const repo = fileURLToPath(new URL("../../..", import.meta.url));

interface Problem {
  rule: string | null;
  message: string;
}

/**
 * Lints `code` as if it were `file` of a workspace package, with that package's own
 * eslint.config.js. Type-aware rules are off: the text is not a file the package's tsconfig
 * knows, and none of the layering rules needs types.
 */
async function lintAs(packageDir: string, file: string, code: string, options: ESLint.Options = {}): Promise<Problem[]> {
  const cwd = path.join(repo, packageDir);
  const eslint = new ESLint({ cwd, overrideConfig: [tseslint.configs.disableTypeChecked], ...options });
  const [result] = await eslint.lintText(code, { filePath: path.join(cwd, file) });
  return (result?.messages ?? []).map((m) => ({ rule: m.ruleId, message: m.message }));
}

const refused = (rule: string, reason: string) => [{ rule, message: expect.stringContaining(reason) as string }];

describe("packages import only from the floors below them", () => {
  it("refuses an upward import: payments importing orders", async () => {
    const problems = await lintAs(
      "packages/payments",
      "src/probe.ts",
      `export { placeGigOrder } from "@hunar/orders/checkout/place-gig-order";\n`,
    );
    expect(problems).toEqual(refused("no-restricted-imports", "it is on a floor above @hunar/payments"));
  });

  it("refuses an upward import: db importing auth", async () => {
    const problems = await lintAs(
      "packages/db",
      "src/probe.ts",
      `import { hashPassword } from "@hunar/auth/password";\nexport const hash = hashPassword;\n`,
    );
    expect(problems).toEqual(refused("no-restricted-imports", "it is on a floor above @hunar/db"));
  });

  it("refuses a sibling on the same floor: gigs importing payments", async () => {
    const problems = await lintAs(
      "packages/gigs",
      "src/probe.ts",
      `export type { FeeBreakdown } from "@hunar/payments/fees/calculate-fees";\n`,
    );
    expect(problems).toEqual(refused("no-restricted-imports", "it is a sibling on @hunar/gigs's own floor"));
  });

  it("refuses an upward dynamic import", async () => {
    const code = `export const load = () => import("@hunar/api/routers/app");\n`;
    expect(await lintAs("packages/payments", "src/probe.ts", code)).toEqual(
      refused("no-restricted-syntax", "a floor above @hunar/payments"),
    );
  });

  it("refuses an @hunar package the floor table does not list", async () => {
    const problems = await lintAs("packages/orders", "src/probe.ts", `export { x } from "@hunar/invoicing/x";\n`);
    expect(problems).toEqual(refused("no-restricted-imports", "not a package on the floors"));
  });

  it("keeps ui beside the app: ui may import core and i18n, not db", async () => {
    expect(await lintAs("packages/ui", "src/probe.ts", `export { AppError } from "@hunar/core/app-error";\n`)).toEqual([]);
    const problems = await lintAs("packages/ui", "src/probe.ts", `export type { Db } from "@hunar/db/types";\n`);
    expect(problems).toEqual(refused("no-restricted-imports", "@hunar/ui may import only @hunar/core, @hunar/i18n"));
    const fromGigs = await lintAs("packages/gigs", "src/probe.ts", `export { Button } from "@hunar/ui/button";\n`);
    expect(fromGigs).toEqual(refused("no-restricted-imports", "only the app imports it"));
  });

  it("allows imports from lower floors", async () => {
    const payments = [
      `export { AppError } from "@hunar/core/app-error";`,
      `export type { Db } from "@hunar/db/types";`,
      `export { formatMoney } from "@hunar/i18n/format";`,
      `export { notify } from "@hunar/notifications/notify";`,
      `export { readFields } from "./probe-input.ts";`,
    ];
    expect(await lintAs("packages/payments", "src/probe.ts", payments.join("\n") + "\n")).toEqual([]);
    const orders = [
      `export { placeGigOrder } from "@hunar/payments/escrow/fund-escrow";`,
      `export { getGig } from "@hunar/gigs/get-gig";`,
      `export { requireActiveUser } from "@hunar/auth/active-user";`,
      `export const load = () => import("@hunar/db/client");`,
    ];
    expect(await lintAs("packages/orders", "src/probe.ts", orders.join("\n") + "\n")).toEqual([]);
  });

  it("lets the app import every package, ui included", async () => {
    const code = ["api/routers/app", "orders/list-my-orders", "payments/fees/calculate-fees", "db/client", "ui/button", "core/app-error"]
      .map((subpath, i) => `export { x${i} } from "@hunar/${subpath}";`)
      .join("\n");
    expect(await lintAs("apps/web", "app/components/probe.tsx", code + "\n")).toEqual([]);
  });
});

describe("route modules do not reach the database", () => {
  const route = (body: string) =>
    `import type { Route } from "./+types/probe";\n\nexport async function loader({ context }: Route.LoaderArgs) {\n${body}\n}\n`;

  it("refuses a query through context.db", async () => {
    const problems = await lintAs("apps/web", "app/routes/probe.tsx", route(`  return context.db.user.findMany({ take: 1 });`));
    expect(problems).toEqual(refused("no-restricted-syntax", "Route modules do not reach the database"));
  });

  it("refuses taking the handle out of the context", async () => {
    const problems = await lintAs("apps/web", "app/routes/probe.tsx", route(`  const { db } = context;\n  return db.user.count();`));
    expect(problems).toEqual(refused("no-restricted-syntax", "Route modules do not reach the database"));
  });

  it("refuses importing @hunar/db/client", async () => {
    const problems = await lintAs("apps/web", "app/routes/probe.tsx", `export { createDb } from "@hunar/db/client";\n`);
    expect(problems).toEqual(refused("no-restricted-imports", "Route modules do not reach the database"));
    const dynamic = await lintAs("apps/web", "app/routes/probe.tsx", `export const load = () => import("@hunar/db/seed");\n`);
    expect(dynamic).toEqual(refused("no-restricted-syntax", "Route modules do not reach the database"));
  });

  it("allows passing context.db to a domain function, and type-only imports of @hunar/db/types", async () => {
    const imports = `import type { Db } from "@hunar/db/types";\nimport { listMyOrders } from "@hunar/orders/list-my-orders";\n`;
    const code = `${imports}${route(`  return listMyOrders(context.db, "user-id");`)}\nexport type Handle = Db;\n`;
    expect(await lintAs("apps/web", "app/routes/probe.tsx", code)).toEqual([]);
    const value = await lintAs("apps/web", "app/routes/probe.tsx", `export { Prisma } from "@hunar/db/types";\n`);
    expect(value).toEqual(refused("no-restricted-imports", "Type-only imports of @hunar/db/types are allowed"));
  });

  it("leaves tests beside the routes free to use the database", async () => {
    const code = `export { useTestDb } from "@hunar/db/testing/use-test-db";\nexport const count = (context: { db: { user: { count(): number } } }) => context.db.user.count();\n`;
    expect(await lintAs("apps/web", "app/routes/probe.integration.test.ts", code)).toEqual([]);
  });
});

describe("import cycles", () => {
  const fixture = (name: string) => readFileSync(new URL(`./fixtures/cycle/${name}`, import.meta.url), "utf8");

  it("refuses a module that imports a module importing it", async () => {
    const problems = await lintAs("tooling/eslint", "test/fixtures/cycle/order-total.ts", fixture("order-total.ts"), { ignore: false });
    expect(problems).toEqual([{ rule: "import-x/no-cycle", message: "Dependency cycle detected" }]);
  });

  it("does not count a type-only import as a cycle", async () => {
    const problems = await lintAs("tooling/eslint", "test/fixtures/cycle/order-label.ts", fixture("order-label.ts"), { ignore: false });
    expect(problems).toEqual([]);
  });
});

describe("every workspace package is on the floors", () => {
  const workspace = ["apps", "packages", "tooling"].flatMap((group) =>
    readdirSync(path.join(repo, group))
      .map((name) => path.join(group, name))
      .filter((dir) => existsSync(path.join(repo, dir, "package.json"))),
  );
  const nameOf = (dir: string) => (JSON.parse(readFileSync(path.join(repo, dir, "package.json"), "utf8")) as { name: string }).name;

  it.each(workspace)("%s is in layers.js", (dir) => {
    expect(ALL_PACKAGES).toContain(nameOf(dir));
  });

  it.each(workspace.filter((dir) => existsSync(path.join(repo, dir, "eslint.config.js"))))(
    "%s applies the floors under its own name",
    async (dir) => {
      const eslint = new ESLint({ cwd: path.join(repo, dir) });
      const config = (await eslint.calculateConfigForFile(path.join(repo, dir, "src/probe.ts"))) as { settings?: Record<string, unknown> };
      expect(config.settings?.["hunar/package"]).toBe(nameOf(dir));
    },
  );
});

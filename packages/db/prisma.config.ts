import { defineConfig } from "prisma/config";

// Only `prisma generate` uses this file; migrations are applied by our own runner on the
// WASM schema engine (src/migrate), which reads the same schema and migrations folder.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});

// Public entry of @hunar/db/seed: what the app's first run, the CLI and tests call.
export { seedCategories } from "./categories.ts";
export { CATEGORY_TREE, type CategorySeed } from "./category-tree.ts";
export type { SeedDb } from "./db-handle.ts";
export { DEMO_EMAIL_DOMAIN, DEMO_LOGINS, DEMO_PASSWORD, describeDemoLogins } from "./demo-credentials.ts";
export { DEFAULT_FEE_SCHEDULE, seedFeeSchedule } from "./fee-schedule.ts";
export { type SeedDemoOptions, type SeedDemoResult, seedDemo, seedReferenceData } from "./seed-demo.ts";

import { preset } from "@hunar/vitest-config";
import { mergeConfig } from "vitest/config";

// Migration tests drive Prisma's WASM schema engine, which needs well over a minute per test when
// CI runs every package's suite at once on two cores.
export default mergeConfig(preset, { test: { testTimeout: 180_000 } });

import { preset } from "@hunar/vitest-config";
import { mergeConfig } from "vitest/config";

// Component tests are .tsx; they render to static HTML, no DOM needed.
export default mergeConfig(preset, { test: { include: ["src/**/*.test.{ts,tsx}"] } });

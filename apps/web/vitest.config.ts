import { preset } from "@hunar/vitest-config";
import { mergeConfig } from "vitest/config";

// Unit and component tests live beside the app code (app/**), server tests under test/.
// Component tests opt into a DOM with a `@vitest-environment happy-dom` comment.
export default mergeConfig(preset, { test: { include: ["app/**/*.test.{ts,tsx}"] } });

import type { ViteUserConfig } from "vitest/config";

/** The shared Vitest settings every package's vitest.config.ts starts from. */
export declare const preset: ViteUserConfig;
export default preset;

import { layered } from "@hunar/eslint-config/react";

// Plain-JS entry points (server.js, e2e/run.js) run on Node; TypeScript files get their globals
// from @types/node instead.
const nodeGlobals = Object.fromEntries(
  ["process", "console", "URL", "setTimeout", "clearTimeout", "setInterval", "clearInterval", "Buffer"].map((name) => [name, "readonly"]),
);

export default [
  // Route modules include the root route: both are thin (see README.md) and never query the database.
  ...layered("@hunar/web", { routes: ["app/root.tsx", "app/routes/**/*.{ts,tsx}"] }),
  { files: ["**/*.js"], languageOptions: { globals: nodeGlobals } },
  // Playwright fixtures take an empty destructuring pattern and call `use`, which is not React's hook.
  { files: ["e2e/**"], rules: { "no-empty-pattern": "off", "react-hooks/rules-of-hooks": "off" } },
];

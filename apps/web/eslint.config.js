import react from "@hunar/eslint-config/react";

// Plain-JS entry points (server.js, e2e/run.js) run on Node; TypeScript files get their globals
// from @types/node instead.
const nodeGlobals = Object.fromEntries(
  ["process", "console", "URL", "setTimeout", "clearTimeout", "setInterval", "clearInterval", "Buffer"].map((name) => [
    name,
    "readonly",
  ]),
);

export default [...react, { files: ["**/*.js"], languageOptions: { globals: nodeGlobals } }];

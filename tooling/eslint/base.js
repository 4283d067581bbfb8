// Shared flat config: typed typescript-eslint rules for every package, plus the layering rules
// (layers.js) that each package's eslint.config.js applies with its own name: layered("@hunar/x").
import js from "@eslint/js";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";
import { restrictedDynamicImports, restrictedImportPatterns } from "./layers.js";
import { routeModuleRules } from "./routes.js";

const base = tseslint.config(
  { ignores: ["**/build/**", "**/generated/**", "**/.react-router/**", "**/node_modules/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/only-throw-error": "off",
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read environment through the package's env.ts." },
      ],
    },
  },
  {
    files: ["**/env.ts", "**/*.config.ts", "**/*.config.js", "**/scripts/**", "**/*.test.ts", "**/e2e/**", "**/bench/**"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Cycles inside a package. Imports of other packages are not followed (ignoreExternal): the
    // floors already make a cycle between packages impossible, and following them re-parsed every
    // package below and node_modules, which made this rule 3-6 times slower. Generated code (the
    // Prisma client) never imports back, so it is not parsed either.
    plugins: { "import-x": importX },
    settings: {
      "import-x/extensions": [".ts", ".tsx", ".js", ".mjs"],
      "import-x/ignore": ["/generated/"],
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] })],
    },
    rules: { "import-x/no-cycle": ["error", { ignoreExternal: true }] },
  },
);

export default base;

/**
 * The shared config with the floors applied for package `name` (an @hunar name from layers.js).
 * `routes`: globs of route modules, which also must not reach the database (routes.js).
 */
export function layered(name, { routes } = {}) {
  const configs = [
    ...base,
    {
      settings: { "hunar/package": name },
      rules: {
        "no-restricted-imports": ["error", { patterns: restrictedImportPatterns(name) }],
        "no-restricted-syntax": ["error", ...restrictedDynamicImports(name)],
      },
    },
  ];
  if (routes) configs.push(routeModuleRules(name, routes));
  return configs;
}

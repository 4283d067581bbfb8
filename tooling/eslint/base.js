// Shared flat config: typed typescript-eslint rules for every package.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
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
);

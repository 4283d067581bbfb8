// Route modules are thin: validate, authorize, call a domain function. They pass the request's
// database handle on to domain functions but never query through it, and never import @hunar/db
// (a type-only import of @hunar/db/types is fine).
import { restrictedDynamicImports, restrictedImportPatterns } from "./layers.js";

const DB_MESSAGE = "Route modules do not reach the database: call a domain function and pass it context.db.";

const noDatabaseImports = [
  { regex: "^@hunar/db(/(?!types$).*)?$", message: DB_MESSAGE },
  { regex: "^@hunar/db/types$", allowTypeImports: true, message: `${DB_MESSAGE} (Type-only imports of @hunar/db/types are allowed.)` },
];

// `context.db.user.findMany(...)`, `context.db.$transaction(...)`, and copying the handle out of
// the context, which would let the same queries past the first selector.
const HANDLE = "/^(context|ctx)$/";
const noQueries = [
  {
    selector: `MemberExpression[object.type="MemberExpression"][object.object.name=${HANDLE}][object.property.name="db"]`,
    message: DB_MESSAGE,
  },
  {
    selector: `VariableDeclarator[init.type="MemberExpression"][init.object.name=${HANDLE}][init.property.name="db"]`,
    message: DB_MESSAGE,
  },
  { selector: `VariableDeclarator[init.name=${HANDLE}] > ObjectPattern > Property[key.name="db"]`, message: DB_MESSAGE },
  { selector: `Property[key.name="context"] > ObjectPattern > Property[key.name="db"]`, message: DB_MESSAGE },
];

const dynamicDbImports = [{ selector: `ImportExpression[source.value=/^@hunar\\x2Fdb(\\x2F|$)/]`, message: DB_MESSAGE }];

/** The config block for route modules of package `name` (the layering options are repeated: a rule's options replace, never merge). */
export function routeModuleRules(name, files) {
  return {
    files,
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...restrictedImportPatterns(name), ...noDatabaseImports] }],
      "no-restricted-syntax": ["error", ...restrictedDynamicImports(name), ...noQueries, ...dynamicDbImports],
    },
  };
}

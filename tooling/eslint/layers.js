// The package floors (docs/decisions/012-package-floors.md): the one table the layering rules are
// made from. A package imports @hunar packages on lower floors only, never a sibling on its own
// floor, never a higher one. Every workspace package must be listed (layers.test.ts checks).

/** Lowest first. */
export const FLOORS = [
  ["core", "i18n"],
  ["db"],
  ["notifications"],
  ["auth", "gigs", "payments", "chat", "profiles"],
  ["orders"],
  ["proposals", "disputes"],
  ["api"],
  ["web"],
];

/** Beside the top floor: imported only by it, and importing only what is listed. */
export const BESIDE_TOP = { ui: ["core", "i18n"] };

/** Shared configuration that every package's config files use; it imports no application package. */
export const TOOLING = ["eslint-config", "tsconfig", "vitest-config"];

const ON_FLOORS = FLOORS.flat();
const BESIDE = Object.keys(BESIDE_TOP);
export const ALL_PACKAGES = [...ON_FLOORS, ...BESIDE, ...TOOLING].map((name) => `@hunar/${name}`);

const shortName = (name) => name.replace(/^@hunar\//, "");

/** The groups of packages `name` must not import, each with the reason. */
export function refusedImports(name) {
  const self = shortName(name);
  if (!ALL_PACKAGES.includes(name)) throw new Error(`${name} is not on a floor: place it in tooling/eslint/layers.js`);
  const groups = [];
  const refuse = (names, reason) => {
    const others = names.filter((other) => other !== self);
    if (others.length > 0) groups.push({ names: others, reason });
  };
  if (BESIDE.includes(self)) {
    const allowed = BESIDE_TOP[self];
    refuse(
      [...ON_FLOORS, ...BESIDE].filter((other) => !allowed.includes(other)),
      `${name} may import only ${allowed.map((n) => `@hunar/${n}`).join(", ")}.`,
    );
    return groups;
  }
  const floor = FLOORS.findIndex((packages) => packages.includes(self));
  if (floor === -1) {
    refuse([...ON_FLOORS, ...BESIDE], `${name} is shared configuration and imports no application package.`);
    return groups;
  }
  refuse(FLOORS[floor], `it is a sibling on ${name}'s own floor; move what both need down a floor, or let the floor above combine them.`);
  refuse(FLOORS.slice(floor + 1).flat(), `it is on a floor above ${name}; imports point down only.`);
  if (floor < FLOORS.length - 1) refuse(BESIDE, `it stands beside the app, and only the app imports it.`);
  return groups;
}

// "\x2F" is "/": a regular expression inside an ESLint selector cannot hold a literal slash.
const matching = (names) => `^@hunar\\x2F(${names.join("|")})(\\x2F|$)`;
const UNLISTED = `^@hunar\\x2F(?!(${[...ON_FLOORS, ...BESIDE, ...TOOLING].join("|")})(\\x2F|$))`;
const UNLISTED_MESSAGE = "Layering: not a package on the floors; add it to tooling/eslint/layers.js first.";

/** `patterns` for no-restricted-imports: one per reason, and one for @hunar names the table does not know. */
export function restrictedImportPatterns(name) {
  return [
    ...refusedImports(name).map(({ names, reason }) => ({ regex: matching(names), message: `Layering: ${reason}` })),
    { regex: UNLISTED, message: UNLISTED_MESSAGE },
  ];
}

/** no-restricted-imports does not look at import(): the same refusals as no-restricted-syntax selectors. */
export function restrictedDynamicImports(name) {
  return [
    ...refusedImports(name).map(({ names, reason }) => ({
      selector: `ImportExpression[source.value=/${matching(names)}/]`,
      message: `Layering: ${reason}`,
    })),
    { selector: `ImportExpression[source.value=/${UNLISTED}/]`, message: UNLISTED_MESSAGE },
  ];
}

import { afterEach, vi } from "vitest";

// A console.error during a test is a failure: it almost always hides a real problem.
const errors = [];
const original = console.error;
console.error = (...args) => {
  errors.push(args);
  original(...args);
};

afterEach(() => {
  vi.restoreAllMocks();
  if (errors.length === 0) return;
  const seen = errors.splice(0).map((args) => args.map(String).join(" "));
  throw new Error(`console.error was called during the test:\n${seen.join("\n")}`);
});

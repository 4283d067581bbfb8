import { layered } from "./base.js";

// The fixtures break the rules on purpose: the tests lint them with an explicit config.
export default [{ ignores: ["test/fixtures/**"] }, ...layered("@hunar/eslint-config")];

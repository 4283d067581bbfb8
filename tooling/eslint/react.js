import reactHooks from "eslint-plugin-react-hooks";
import base, { layered as layeredBase } from "./base.js";

const hooks = {
  plugins: { "react-hooks": reactHooks },
  rules: {
    "react-hooks/rules-of-hooks": "error",
    "react-hooks/exhaustive-deps": "warn",
  },
};

export default [...base, hooks];

/** layered() from base.js plus the React hooks rules. */
export function layered(name, options) {
  return [...layeredBase(name, options), hooks];
}

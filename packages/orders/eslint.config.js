import base from "@hunar/eslint-config";

export default base;

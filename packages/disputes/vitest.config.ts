export { default } from "@hunar/vitest-config";

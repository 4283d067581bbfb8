import { reactRouter } from "@react-router/dev/vite";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";

// The Express server (server.js) owns the HTTP process. In development it loads ./server/app.ts
// through Vite's SSR module loader; in production `react-router build` makes ./server/app.ts the
// entry of the SSR bundle (build/server/index.js), which imports the React Router server build
// through the `virtual:react-router/server-build` module.
export default defineConfig(({ isSsrBuild }) => ({
  build: {
    rollupOptions: isSsrBuild ? { input: "./server/app.ts" } : undefined,
  },
  ssr: {
    // Workspace packages export TypeScript sources, so they must be bundled, not required at runtime.
    noExternal: [/^@hunar\//],
  },
  optimizeDeps: {
    // Known up front, so the first visit to a form page does not make Vite re-optimise and reload.
    include: ["i18next", "react-i18next", "zod"],
    // Imported by route modules only inside loaders and actions (stripped from the browser
    // bundle), but the dev scanner still sees them; they must never be prebundled for browsers.
    exclude: [
      "@node-rs/argon2",
      "@electric-sql/pglite",
      "@prisma/client",
      "@prisma/adapter-pg",
      "@prisma/driver-adapter-utils",
      "@prisma/schema-engine-wasm",
      "pglite-prisma-adapter",
      "pg",
      "ioredis",
      "rate-limiter-flexible",
      "@oslojs/crypto",
      "@oslojs/encoding",
      "@zxcvbn-ts/language-common",
      "sharp",
    ],
  },
  plugins: [tailwindcss(), reactRouter()],
}));

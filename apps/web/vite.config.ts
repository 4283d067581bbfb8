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
  plugins: [tailwindcss(), reactRouter()],
}));

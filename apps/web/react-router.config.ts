import type { Config } from "@react-router/dev/config";

export default {
  appDirectory: "app",
  buildDirectory: "build",
  ssr: true,
  future: {
    // Route modules split so a page's client code loads without its server-only parts.
    v8_splitRouteModules: true,
    // Still on AppLoadContext (app/load-context.ts) and the classic Vite build; revisit with v8.
    v8_middleware: false,
    v8_viteEnvironmentApi: false,
    v8_passThroughRequests: false,
    // Client and server ship together, so the new .data URL format costs nothing.
    v8_trailingSlashAwareDataRequests: true,
  },
} satisfies Config;

import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export type { SchemaEngine };

/*
 * Prisma's schema engine compiled to WebAssembly. The package's default entry does
 * `import * as wasm from "./schema_engine_bg.wasm"`, which only a bundler understands, so we
 * instantiate the module ourselves against its wasm-bindgen glue.
 *
 * The glue keeps the instance in a module-level variable, so there is exactly one instance per
 * process; every SchemaEngine object lives inside it. Compilation (~5 MB) is the slow part and
 * happens once.
 */
let ready: Promise<void> | undefined;

// @types/node 20 does not declare the WebAssembly globals (lib "DOM" would, but this is server
// code), so describe the two constructors used here.
type WasmApi = {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: Record<string, object>) => { exports: Record<string, unknown> };
};
const { Module, Instance } = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

// The glue reports a Rust panic through this global before the instance traps. Prisma's client
// installs its own; without one the panic's message would be lost in a TypeError.
const panicHost = globalThis as typeof globalThis & { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };

async function instantiate(): Promise<void> {
  panicHost.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message: (message) => console.error(`Prisma schema engine panicked: ${message}`),
  };
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await readFile(new URL("schema_engine_bg.wasm", `file://${gluePath}`));
  const module = new Module(bytes);
  const instance = new Instance(module, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
}

function ensureInstantiated(): Promise<void> {
  ready ??= instantiate().catch((error: unknown) => {
    ready = undefined;
    throw error;
  });
  return ready;
}

export type SchemaFile = { path: string; content: string };

/** Engine log lines arrive as JSON strings; kept for error reports, printed only when asked. */
export type EngineLog = (line: string) => void;

export async function openSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schemaFiles: SchemaFile[],
  log: EngineLog = () => {},
): Promise<SchemaEngine> {
  await ensureInstantiated();
  return glue.SchemaEngine.new(
    { datamodels: schemaFiles.map((f) => [f.path, f.content]) },
    log,
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
}

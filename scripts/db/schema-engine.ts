// Prisma's schema engine compiled to WebAssembly (npm @prisma/schema-engine-wasm),
// used where the CLI would need its native engine: writing new migrations and
// checking that schema.prisma and the migrated database have not drifted apart.
// It is an internal API of Prisma, so this file is the only place that touches it.
// Needs `node --experimental-wasm-modules` (see scripts/migration-create.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

export const SCHEMA_PATH = path.resolve(import.meta.dirname, "../../prisma/schema.prisma");

type Engine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};

type IoResult = { fields: { dataTypeID: number }[] };
type RawResult = { columnTypes: number[] };
type Queryable = {
  performIO: (query: unknown) => Promise<IoResult>;
  queryRaw: (query: unknown) => Promise<RawResult>;
};
const PG_CHAR = 18; // PostgreSQL's one-byte internal "char" type (pg_constraint.contype ...)
const PG_TEXT = 25;
const COLUMN_TYPE_CHARACTER = 6; // ColumnTypeEnum.Character in @prisma/driver-adapter-utils
const charColumns = new WeakMap<object, number[]>();
let patched = false;

// The engine's introspection reads catalog columns of type "char", which
// @prisma/adapter-pg 7.10 does not map (it throws). node-postgres returns them
// as one-character strings, which is what the engine expects for Character.
function mapCharColumns(adapter: object) {
  if (patched) return;
  for (let proto = Object.getPrototypeOf(adapter); proto; proto = Object.getPrototypeOf(proto)) {
    if (Object.hasOwn(proto, "performIO") && Object.hasOwn(proto, "queryRaw")) {
      const performIO = proto.performIO as Queryable["performIO"];
      const queryRaw = proto.queryRaw as Queryable["queryRaw"];
      proto.performIO = async function (this: Queryable, query: unknown) {
        const result = await performIO.call(this, query);
        const indexes: number[] = [];
        result.fields.forEach((field, index) => {
          if (field.dataTypeID === PG_CHAR) {
            field.dataTypeID = PG_TEXT;
            indexes.push(index);
          }
        });
        charColumns.set(this, indexes);
        return result;
      };
      proto.queryRaw = async function (this: Queryable, query: unknown) {
        const result = await queryRaw.call(this, query);
        for (const index of charColumns.get(this) ?? []) result.columnTypes[index] = COLUMN_TYPE_CHARACTER;
        return result;
      };
      patched = true;
      return;
    }
  }
}

// The engine reports a Rust panic through this global before it throws.
let lastPanic = "";
(globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY ??= {
  set_message: (message: string) => {
    lastPanic = message;
  },
};
export const lastEnginePanic = () => lastPanic;

async function withEngine<T>(connectionString: string, schemaText: string, run: (engine: Engine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = (await import("@prisma/schema-engine-wasm")) as unknown as {
    SchemaEngine: { new: (options: unknown, log: (message: string) => void, adapter: object) => Promise<Engine> };
  };
  const factory = new PrismaPg({ connectionString });
  const connect = factory.connect.bind(factory);
  const opened: { dispose: () => Promise<void> }[] = [];
  factory.connect = async () => {
    const adapter = await connect();
    mapCharColumns(adapter);
    opened.push(adapter);
    return adapter;
  };
  const engine = await SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schemaText]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose().catch(() => {})));
  }
}

const noFilters = { externalTables: [], externalEnums: [] };

/**
 * SQL that takes the database at `connectionString` to the state schema.prisma
 * describes; an empty string means they agree.
 */
export async function diffDatabaseToSchema(connectionString: string, schemaText = readFileSync(SCHEMA_PATH, "utf8")) {
  return withEngine(connectionString, schemaText, async (engine) => {
    const result = await engine.diff({
      // "schemaDatasource" is the live database the engine is connected to through the adapter.
      from: { tag: "schemaDatasource", files: [{ path: SCHEMA_PATH, content: schemaText }], configDir: path.dirname(SCHEMA_PATH) },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schemaText }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return normalise(result.stdout ?? "");
  });
}

/** SQL that creates schema.prisma's whole database from nothing. */
export async function diffEmptyToSchema(connectionString: string, schemaText = readFileSync(SCHEMA_PATH, "utf8")) {
  return withEngine(connectionString, schemaText, async (engine) => {
    const result = await engine.diff({
      from: { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schemaText }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return normalise(result.stdout ?? "");
  });
}

function normalise(sql: string) {
  // The engine answers "-- This is an empty migration." when nothing differs.
  return /^\s*(--[^\n]*empty migration[^\n]*)?\s*$/i.test(sql) ? "" : sql;
}

/** One numbered schema change, read from migrations/NNNN_name.sql at build time. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

// Vite inlines the files, so the built app and the browser host carry their migrations with them.
const files = import.meta.glob('./migrations/*.sql', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** Parses file names into ordered migrations and refuses gaps or doubles, which would corrupt the history. */
export function parseMigrations(sources: Record<string, string>): Migration[] {
  const list = Object.entries(sources).map(([file, sql]) => {
    const match = /(?:^|\/)(\d{4})_([a-z0-9_]+)\.sql$/.exec(file);
    if (!match) throw new Error(`Migration file "${file}" is not named NNNN_name.sql`);
    return { version: Number(match[1]), name: match[2], sql };
  });
  list.sort((a, b) => a.version - b.version);
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.version} (${m.name}) is out of sequence; expected ${i + 1}`);
  });
  return list;
}

/** The app's migrations, in order. */
export const migrations: Migration[] = parseMigrations(files);

/** The newest schema this build knows. */
export const latestSchemaVersion = migrations.length ? migrations[migrations.length - 1].version : 0;

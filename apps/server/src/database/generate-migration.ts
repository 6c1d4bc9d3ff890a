// Dev tool: diffs the entities against a migrated database and writes the next migration file.
// Usage (from apps/server): node --import @swc-node/register/esm-register src/database/generate-migration.ts Name
import 'reflect-metadata';
import { writeFileSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { createDataSource } from './data-source.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { tmpdir } from 'node:os';
import { mkdtempSync } from 'node:fs';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('usage: generate-migration.ts PascalCaseName');
  process.exit(2);
}
const config = loadConfig();
const db = config.DATABASE_URL
  ? { url: config.DATABASE_URL, stop: async () => {} }
  : await startEmbeddedPostgres({ dir: mkdtempSync(resolve(tmpdir(), 'jixiao-gen-')), port: 54399, database: 'gen' });
const ds = createDataSource(db.url);
await ds.initialize();
await ds.runMigrations();
const sql = await ds.driver.createSchemaBuilder().log();
await ds.destroy();
await db.stop();
if (sql.upQueries.length === 0) {
  console.log('No changes: the migrations match the entities.');
  process.exit(0);
}
const ts = Date.now();
const className = `${name}${ts}`;
const q = (s: string) => '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(q: QueryRunner): Promise<void> {
${sql.upQueries.map((x) => `    await q.query(${q(x.query)});`).join('\n')}
  }

  async down(q: QueryRunner): Promise<void> {
${sql.downQueries
  .reverse()
  .map((x) => `    await q.query(${q(x.query)});`)
  .join('\n')}
  }
}
`;
const file = `${ts}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
const dir = resolve(import.meta.dirname, 'migrations');
writeFileSync(resolve(dir, `${file}.ts`), body);
const index = resolve(dir, 'index.ts');
let src = readFileSync(index, 'utf8');
src =
  `import { ${className} } from './${file}.js';\n` +
  src.replace(
    /= \[([^\]]*)\];/,
    (_m, inner: string) => `= [${inner.trim() ? inner.trim().replace(/,?$/, ', ') : ''}${className}];`,
  );
writeFileSync(index, src);
console.log(`Wrote migrations/${file}.ts (${sql.upQueries.length} statements).`);

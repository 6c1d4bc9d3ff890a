// Writes packages/schema/schema.graphql from the code (run after build: `npm run schema:emit`).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_DIR } from '../config.js';
import { printAppSchema } from './schema.js';

const target = resolve(REPO_DIR, 'packages/schema/schema.graphql');
writeFileSync(target, await printAppSchema());
console.log(`Wrote ${target}`);

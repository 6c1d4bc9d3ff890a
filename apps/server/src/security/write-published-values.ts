// Build step (npm run build): the fingerprints of every value printed in the repository, shipped in dist/
// so that production can refuse them as its signing secret without the source tree beside it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PUBLISHED_VALUES_FILE, scanRepository } from './published-values.js';

const { files, fingerprints } = scanRepository();
mkdirSync(dirname(PUBLISHED_VALUES_FILE), { recursive: true });
writeFileSync(PUBLISHED_VALUES_FILE, `${JSON.stringify([...fingerprints].sort())}\n`);
console.log(`published values: ${fingerprints.size} from ${files} files`);

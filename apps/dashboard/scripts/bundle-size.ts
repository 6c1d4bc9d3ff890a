// Weighs the built dashboard (run `vite build` first): the JavaScript the login page loads, and each
// lazily loaded view on top of it, gzip-compressed as a server would send them. Reads the chunk graph
// from dist/.vite/manifest.json.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Chunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const DIST = resolve(import.meta.dirname, '../dist');
const manifest = JSON.parse(readFileSync(resolve(DIST, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;

function closure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) closure(dep, seen);
  return seen;
}

const gzipCache = new Map<string, number>();
function gzipOf(key: string): number {
  const file = manifest[key].file;
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(resolve(DIST, file)), { level: 9 }).length);
  return gzipCache.get(file)!;
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const sum = (keys: Iterable<string>) => [...keys].reduce((n, k) => n + gzipOf(k), 0);

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry)!;
const entry = closure(entryKey);
export const loginGzip = sum(entry);
console.log(`login page JS (entry + static imports, ${entry.size} files): ${kb(loginGzip)} gzip`);

const routes = (manifest[entryKey].dynamicImports ?? []).map((key) => {
  const own = [...closure(key)].filter((k) => !entry.has(k));
  return {
    name:
      manifest[key].src
        ?.split('/')
        .pop()
        ?.replace(/\.tsx?$/, '') ?? key,
    own: sum(own),
    files: own.length,
  };
});
routes.sort((a, b) => b.own - a.own);
for (const r of routes) console.log(`  route ${r.name}: +${kb(r.own)} gzip (${r.files} files)`);
const largest = routes[0];
console.log(
  `largest route: ${largest.name}, +${kb(largest.own)} gzip on top of the login page (${kb(loginGzip + largest.own)} in all)`,
);

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// A secret printed anywhere in this repository (README, compose, tests, history kept in a file) is public:
// whoever reads the code can sign tokens with it. Production refuses such values (issue 11). The tree's
// text is cut into every token a person could copy as a value, and only their fingerprints are kept.

const SERVER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const REPO_DIR = resolve(SERVER_DIR, '../..');
/** Written by the build beside the compiled code, so a deployment without the source still has it. */
export const PUBLISHED_VALUES_FILE = resolve(SERVER_DIR, 'dist/security/published-values.json');

/** Shorter values are refused for their length anyway. */
export const MIN_LENGTH = 32;
const MAX_LENGTH = 512;

/** Not part of the repository: installed or generated, or a local file that holds real secrets (.env). */
const SKIPPED_DIRS = new Set([
  'node_modules',
  'dist',
  '.git',
  '.turbo',
  '.data',
  'coverage',
  'test-results',
  'screenshots',
]);
const SKIPPED_FILE = /^\.env(\..*)?$|\.(png|jpe?g|gif|ico|woff2?|ttf|otf|pdf|zip|gz|tgz|log)$/i;
const MAX_FILE_BYTES = 4 * 1024 * 1024;

export function fingerprint(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 32);
}

/**
 * Every value of MIN_LENGTH or more characters that a person could copy out of `text`: runs between
 * whitespace and quotes; their parts between brackets, commas, colons and `:-` (shell defaults); and
 * what follows the `=` of KEY=VALUE. Trailing prose punctuation is dropped.
 */
export function candidateValues(text: string): Set<string> {
  const found = new Set<string>();
  const add = (raw: string) => {
    const value = raw.replace(/[.,;:!?)\]}>]+$/, '');
    if (value.length >= MIN_LENGTH && value.length <= MAX_LENGTH) found.add(value);
  };
  for (const chunk of text.split(/[\s"'`]+/)) {
    if (chunk.length < MIN_LENGTH) continue;
    add(chunk);
    for (const piece of chunk.split(/:-|:\?|[{}()[\]<>,;|]|:(?!\/\/)/)) {
      if (piece.length < MIN_LENGTH) continue;
      add(piece);
      const eq = piece.indexOf('=');
      if (eq > 0) add(piece.slice(eq + 1));
    }
  }
  return found;
}

function* textFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) yield* textFiles(join(dir, entry.name));
    } else if (entry.isFile() && !SKIPPED_FILE.test(entry.name)) {
      yield join(dir, entry.name);
    }
  }
}

/** The fingerprints of every value printed in the repository's text files. */
export function scanRepository(root = REPO_DIR): { files: number; fingerprints: Set<string> } {
  const fingerprints = new Set<string>();
  let files = 0;
  for (const file of textFiles(root)) {
    if (statSync(file).size > MAX_FILE_BYTES) continue;
    const bytes = readFileSync(file);
    if (bytes.includes(0)) continue; // binary
    files++;
    for (const value of candidateValues(bytes.toString('utf8'))) fingerprints.add(fingerprint(value));
  }
  return { files, fingerprints };
}

let known: Set<string> | null = null;

/** The build's list when there is one (a deployment), else a scan of the source tree (running from src/). */
function knownFingerprints(): Set<string> {
  if (known) return known;
  known = existsSync(PUBLISHED_VALUES_FILE)
    ? new Set(JSON.parse(readFileSync(PUBLISHED_VALUES_FILE, 'utf8')) as string[])
    : scanRepository().fingerprints;
  return known;
}

/** True when `value` (or it without surrounding spaces) is printed somewhere in this repository. */
export function isPublishedValue(value: string): boolean {
  const set = knownFingerprints();
  return set.has(fingerprint(value)) || set.has(fingerprint(value.trim()));
}

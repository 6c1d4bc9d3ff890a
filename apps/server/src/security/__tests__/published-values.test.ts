import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_DIR } from '../../config.js';
import { candidateValues, isPublishedValue, scanRepository } from '../published-values.js';

const SECRET = 'k3Jd9sLq0PzXw7Vb2Nc5Mf8Gh1Rt4Yu6Ei9Oa3Sd';

describe('values printed in the repository', () => {
  it.each([
    ['a shell default in compose', `JIXIAO_SECRET: \${JIXIAO_SECRET:-${SECRET}}`],
    ['a required variable’s message', `X: \${X:?${SECRET}}`],
    ['KEY=VALUE in an .env example', `JIXIAO_SECRET=${SECRET}`],
    ['a markdown code span in prose', `set it to \`${SECRET}\`.`],
    ['a quoted string in code', `const secret = '${SECRET}';`],
    ['a JSON value', `{"JIXIAO_SECRET":"${SECRET}"}`],
    ['an export line', `export JIXIAO_SECRET=${SECRET}; npm start`],
  ])('finds the value in %s', (_name, text) => {
    expect(candidateValues(text)).toContain(SECRET);
  });

  it('keeps only values long enough to be a secret', () => {
    expect([...candidateValues('short=value and a long-enough-value-of-32-characters-x')]).toEqual([
      'long-enough-value-of-32-characters-x',
    ]);
  });

  it('refuses values copied from the README and the former compose default, accepts a fresh one', () => {
    const readme = readFileSync(resolve(REPO_DIR, 'README.md'), 'utf8');
    const formerDefault = 'change-me-to-a-long-random-secret-of-32-chars';
    expect(readme).toContain(formerDefault);
    expect(isPublishedValue(formerDefault)).toBe(true);
    const fromReadme = [...candidateValues(readme)].find((v) => v.startsWith('postgres://'))!;
    expect(fromReadme).toBeDefined();
    expect(isPublishedValue(fromReadme)).toBe(true);
    expect(isPublishedValue(` ${formerDefault} `)).toBe(true);
    expect(isPublishedValue(randomBytes(36).toString('base64'))).toBe(false);
  });

  it('skips local secrets and what the build or install produced', () => {
    const { fingerprints, files } = scanRepository();
    expect(files).toBeGreaterThan(100);
    expect(fingerprints.size).toBeGreaterThan(100);
  });
});

import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, REPO_DIR } from '../src/config.js';

// docker-compose.yml, validated by Debian's docker-compose (the README and .ci/run install it).
const compose = (...args: string[]) =>
  execFileSync('docker-compose', ['-f', resolve(REPO_DIR, 'docker-compose.yml'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, PORT: '', POSTGRES_PASSWORD: '' },
  });

describe('docker-compose.yml', () => {
  const config = compose('config');

  it('is valid', () => {
    expect(() => compose('config', '-q')).not.toThrow();
  });

  it('runs the official PostgreSQL image on a named volume, with a healthcheck', () => {
    expect(config).toMatch(/\n {2}db:\n[\s\S]*image: postgres:\d+/);
    expect(config).toMatch(/- pgdata:\/var\/lib\/postgresql\/data/);
    expect(config).toMatch(/healthcheck:[\s\S]*pg_isready/);
    expect(config).toMatch(/\nvolumes:\n {2}pgdata:/);
  });

  it('starts the app only once the database is healthy', () => {
    expect(config).toMatch(/app:[\s\S]*depends_on:\n\s+db:\n\s+condition: service_healthy/);
  });

  it('configures the app through an environment the server accepts, pointing at the db service', () => {
    const block = /\n {2}app:\n[\s\S]*?\n {4}environment:\n((?: {6}.+\n)+)/.exec(config)![1]!;
    const env = Object.fromEntries(
      block
        .trim()
        .split('\n')
        .map((l) => {
          const [k, ...v] = l.trim().split(': ');
          return [k!, v.join(': ').replace(/^['"]|['"]$/g, '')];
        }),
    );
    expect(env.DATABASE_URL).toMatch(/^postgres:\/\/[^@]+@db:5432\//);
    const parsed = loadConfig(env);
    expect(parsed.HOST).toBe('0.0.0.0');
    expect(parsed.PORT).toBe(4000);
  });
});

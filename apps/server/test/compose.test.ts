import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, REPO_DIR } from '../src/config.js';

// docker-compose.yml, validated by Debian's docker-compose (the README and .ci/run install it).
const compose = (env: Record<string, string>, ...args: string[]) =>
  execFileSync('docker-compose', ['-f', resolve(REPO_DIR, 'docker-compose.yml'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, PORT: '', POSTGRES_PASSWORD: '', JIXIAO_SECRET: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

const SECRETS = {
  POSTGRES_PASSWORD: randomBytes(48).toString('base64'),
  JIXIAO_SECRET: randomBytes(48).toString('base64'),
};

describe('docker-compose.yml', () => {
  const config = compose(SECRETS, 'config');

  it('is valid once its secrets are given', () => {
    expect(() => compose(SECRETS, 'config', '-q')).not.toThrow();
  });

  it.each(['POSTGRES_PASSWORD', 'JIXIAO_SECRET'])('refuses to run without %s, saying how to make one', (name) => {
    let stderr = '';
    try {
      compose({ ...SECRETS, [name]: '' }, 'config', '-q');
    } catch (e) {
      stderr = String((e as { stderr?: string }).stderr);
    }
    expect(stderr).toContain(`set ${name}, e.g. openssl rand -base64 48`);
  });

  it('has no default password or secret', () => {
    const text = readFileSync(resolve(REPO_DIR, 'docker-compose.yml'), 'utf8');
    expect(text).not.toMatch(/(PASSWORD|SECRET)[A-Z_]*:-[^}]/);
  });

  it('runs the official PostgreSQL image on a named volume, with a healthcheck', () => {
    expect(config).toMatch(/\n {2}db:\n[\s\S]*image: postgres:\d+/);
    expect(config).toMatch(/- pgdata:\/var\/lib\/postgresql\/data/);
    expect(config).toMatch(/healthcheck:[\s\S]*pg_isready/);
    expect(config).toMatch(/\nvolumes:\n(?: {2}\w+:.*\n(?: {4}.*\n)*)* {2}pgdata:/);
  });

  it('starts the app only once the database is healthy', () => {
    expect(config).toMatch(/app:[\s\S]*depends_on:\n\s+db:\n\s+condition: service_healthy/);
  });

  it('configures the app in production through an environment the server accepts, pointing at the db service', () => {
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
    expect(env.DATABASE_URL).toMatch(/^postgres:\/\/[^@:]+@db:5432\//);
    expect(env.PGPASSWORD).toBe(SECRETS.POSTGRES_PASSWORD);
    const parsed = loadConfig(env);
    expect(parsed).toMatchObject({ mode: 'production', loadDemo: false, HOST: '0.0.0.0', PORT: 4000 });
  });
});

describe('Dockerfile', () => {
  const lines = readFileSync(resolve(REPO_DIR, 'Dockerfile'), 'utf8').split('\n');
  const final = lines.slice(lines.findLastIndex((l) => l.startsWith('FROM ')));
  const env = final.join('\n');

  it('runs on Node 22 LTS as an unprivileged user', () => {
    expect(lines.filter((l) => l.startsWith('FROM ')).every((l) => /^FROM node:22[-\w.]*( |$)/.test(l))).toBe(true);
    const user = final.find((l) => l.startsWith('USER '))!.split(' ')[1];
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)$/);
  });

  it('gives that user its data folder, which is where the server keeps its data', () => {
    const user = final.find((l) => l.startsWith('USER '))!.split(' ')[1]!;
    const dataDir = /JIXIAO_DATA_DIR=(\S+)/.exec(env)![1]!;
    const install = final.findIndex((l) => l.includes(`-o ${user}`) && l.includes(dataDir));
    expect(install).toBeGreaterThan(-1);
    expect(install).toBeLessThan(final.findIndex((l) => l.startsWith('USER ')));
  });

  it('starts the server and the admin command from the server folder, as the README says', () => {
    expect(env).toMatch(/WORKDIR \/app\/apps\/server/);
    expect(env).toMatch(/CMD \[.*"dist\/main\.js"\]/);
    expect(readFileSync(resolve(REPO_DIR, 'README.md'), 'utf8')).toContain('node dist/admin/cli.js create-admin');
  });

  it('leaves local secret files out of the image', () => {
    expect(readFileSync(resolve(REPO_DIR, '.dockerignore'), 'utf8').split('\n')).toContain('.env');
  });
});

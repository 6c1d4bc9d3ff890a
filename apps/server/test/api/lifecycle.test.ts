import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVER_DIR } from '../../src/config.js';
import { freePort, gql, login } from '../../src/testing/harness.js';

// `npm start` as a new user meets it: no DATABASE_URL, an embedded PostgreSQL in the data folder,
// the demo loaded once, Ctrl-C stopping everything, and a second start finding the same data.

function run(env: Record<string, string>) {
  const child = spawn(process.execPath, [resolve(SERVER_DIR, 'dist/main.js')], {
    env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn', NODE_ENV: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const ready = new Promise<void>((ok, fail) => {
    child.stdout.on('data', () => out.includes('Press Ctrl-C') && ok());
    void exited.then((code) => fail(new Error(`exited ${code}: ${out}`)));
  });
  ready.catch(() => {}); // awaited only by the tests that expect a start
  return { child, ready, exited, output: () => out };
}

const DEMO_MODE = 'Jixiao 绩效 · demo mode: the demo county, printed logins (NODE_ENV=production for a real county)';

const portOpen = (port: number) =>
  new Promise<boolean>((r) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => (s.destroy(), r(true)));
    s.once('error', () => r(false));
  });

describe('npm start with the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'jixiao-start-'));
  chmodSync(dataDir, 0o755);

  it('starts PostgreSQL, loads the demo, serves GraphQL; Ctrl-C stops all; a second start has the same data', async () => {
    const [port, pgPort] = [await freePort(), await freePort()];
    const env = { PORT: String(port), JIXIAO_PG_PORT: String(pgPort), JIXIAO_DATA_DIR: dataDir };

    const first = run(env);
    await first.ready;
    expect(first.output()).toContain('loading the demo county');
    expect(first.output()).toContain(`http://127.0.0.1:${port}/graphql`);
    expect(first.output()).toMatch(/leader/);
    const url = `http://127.0.0.1:${port}/graphql`;
    expect((await gql(url, '{ __typename }')).data).toEqual({ __typename: 'Query' });
    const token = await login(url, 'leader');
    // A change made in the first run: the session is revoked at logout.
    await gql(url, 'mutation { logout }', {}, token);

    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);
    expect(await portOpen(pgPort)).toBe(false);
    expect(await portOpen(port)).toBe(false);

    const second = run(env);
    await second.ready;
    expect(second.output()).not.toContain('loading the demo county');
    const again = await gql(url, '{ me { username } }', {}, token);
    expect(again.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const t2 = await login(url, 'leader');
    const res = await gql(url, '{ targetSummary(year: 2023) { projectCount } }', {}, t2);
    expect(res.data!.targetSummary.projectCount).toBe(321);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  });

  it('says in one line what to do when the port is taken', async () => {
    const blocker = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const port = (blocker.address() as net.AddressInfo).port;
    const p = run({ PORT: String(port), JIXIAO_DATA_DIR: dataDir, JIXIAO_PG_PORT: String(await freePort()) });
    expect(await p.exited).toBe(1);
    blocker.close();
    // The first line says the mode (issue 11); then one line says what went wrong and what to do.
    expect(p.output().trim().split('\n')).toEqual([
      DEMO_MODE,
      `jixiao: Port ${port} is already in use: stop what is using it or set PORT to a free port.`,
    ]);
  });

  it('says in one line what to do when DATABASE_URL is wrong', async () => {
    const dead = await freePort();
    const p = run({
      PORT: String(await freePort()),
      DATABASE_URL: `postgres://postgres:secret@127.0.0.1:${dead}/nope`,
    });
    expect(await p.exited).toBe(1);
    const lines = p.output().trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(DEMO_MODE);
    expect(lines[1]).toBe(
      `jixiao: Cannot connect to PostgreSQL at postgres://postgres:***@127.0.0.1:${dead}/nope (nothing listens there): check DATABASE_URL, or unset it to use the embedded database.`,
    );
  });

  it('lists every bad environment variable at once', async () => {
    const p = run({ PORT: 'eighty', DATABASE_URL: 'mysql://x', JIXIAO_DATA_DIR: dataDir });
    expect(await p.exited).toBe(1);
    expect(p.output()).toMatch(/^jixiao: Invalid environment: .*PORT: .*DATABASE_URL: must start with postgres/);
  });
});

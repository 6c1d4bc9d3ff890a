// npm run admin -- <command> …  (in a container: node dist/admin/cli.js <command> …)
// The operator's commands that need no one to be logged in yet: the first administrator, a lost password.
import { LoginGuard } from '../modules/auth/index.js';
import { createCounters, createCounterStore } from '../security/counters.js';
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ROLE_LABELS } from '@jixiao/schema/enums';
import { ConfigError, loadConfig } from '../config.js';
import { connectAndMigrate } from '../database/connect.js';
import { StartupError } from '../database/embedded-postgres.js';
import { openDatabase } from '../database/open.js';
import { AuditService } from '../modules/audit/audit.service.js';
import { UserService } from '../modules/user/user.service.js';
import { Workflow } from '../modules/workflow/workflow.js';
import { CommandError, createAdministrator, resetPasswordByUsername } from './create-admin.js';

const USAGE = `usage:
  npm run admin -- create-admin --region <code> --username <name> [--display-name <name>]
        [--region-name <name> --region-level county|prefecture|province [--parent-region <code>]]
      Creates a system administrator (系统管理员) of the region with that code and prints a one-time
      password, to be changed at the first login. On an empty database, --region-name and --region-level
      create the region first.
  npm run admin -- reset-password --username <name>
      Prints a new one-time password for that user; every session of theirs ends.
Uses DATABASE_URL, or the embedded PostgreSQL of JIXIAO_DATA_DIR (also while the server runs on it).`;

class UsageError extends Error {}

function parse(argv: string[]) {
  const [command, ...rest] = argv;
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        region: { type: 'string' },
        username: { type: 'string' },
        'display-name': { type: 'string' },
        'region-name': { type: 'string' },
        'region-level': { type: 'string' },
        'parent-region': { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const need = (name: string) => {
    const v = values[name]?.trim();
    if (!v) throw new UsageError(`${command} needs --${name}`);
    return v;
  };
  if (command === 'create-admin') {
    const regionName = values['region-name'];
    const regionLevel = values['region-level'];
    if (!!regionName !== !!regionLevel) throw new UsageError('--region-name and --region-level go together');
    return {
      command,
      regionCode: need('region'),
      username: need('username'),
      displayName: values['display-name'],
      newRegion: regionName
        ? { name: regionName, level: regionLevel!, parentCode: values['parent-region'] }
        : undefined,
    } as const;
  }
  if (command === 'reset-password') return { command, username: need('username') } as const;
  throw new UsageError(command ? `unknown command ${command}` : 'a command is needed');
}

async function main(): Promise<number> {
  if (['help', '--help', '-h'].includes(process.argv[2] ?? '')) {
    console.log(USAGE);
    return 0;
  }
  const args = parse(process.argv.slice(2));
  const config = loadConfig(process.env, { serving: false });
  const database = await openDatabase(config, { reuseRunning: true });
  const db = await connectAndMigrate(database.url).catch(async (e) => {
    await database.stop();
    throw e;
  });
  try {
    const workflow = new Workflow(db, new AuditService(db));
    // The command unlocks nobody: a guard of its own memory is enough.
    const users = new UserService(workflow, new LoginGuard(createCounters(createCounterStore({ prefix: 'jixiao' }))));
    if (args.command === 'create-admin') {
      const { user, oneTimePassword, regionName } = await createAdministrator(workflow, users, args);
      console.log(
        `Created ${user.username}, ${ROLE_LABELS.ADMIN.en} (${ROLE_LABELS.ADMIN.zh}) of ${regionName} (${user.region_code}).`,
      );
      console.log(`One-time password: ${oneTimePassword}`);
      console.log('It must be changed at the first login; it is shown only this once.');
    } else {
      const { row, oneTimePassword } = await resetPasswordByUsername(users, args.username);
      console.log(`New one-time password of ${row.username}: ${oneTimePassword}`);
      console.log('Every session of theirs has ended; it must be changed at the next login.');
    }
    return 0;
  } finally {
    await db.destroy();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    if (err instanceof UsageError) {
      console.error(`jixiao admin: ${err.message}\n${USAGE}`);
      process.exit(2);
    }
    const known = err instanceof CommandError || err instanceof ConfigError || err instanceof StartupError;
    console.error(`jixiao admin: ${known ? err.message : `failed: ${(err as Error).message ?? String(err)}`}`);
    process.exit(1);
  },
);

import { REGION_LEVELS, type RegionLevel } from '@jixiao/schema/enums';
import type { EntityManager } from 'typeorm';
import { AppError } from '../graphql/errors.js';
import { auditedUser, COMMAND_REQUEST, type UserRow, type UserService } from '../modules/user/user.service.js';
import type { Workflow } from '../modules/workflow/workflow.js';

export interface NewRegion {
  name: string;
  level: string;
  /** The region above the new one; none makes it a root (a province, or the top of a single-county install). */
  parentCode?: string;
}

export class CommandError extends Error {}

/**
 * The region of the first administrator: an existing one by code, or (on an empty database) a new one.
 * Regions are otherwise the administrators' to manage; this is how the very first comes to exist.
 */
async function regionFor(m: EntityManager, workflow: Workflow, code: string, create?: NewRegion) {
  const [found] = await m.query(`SELECT id, code, name, level, path FROM region WHERE code = $1`, [code]);
  if (found) {
    if (create)
      throw new CommandError(
        `Region ${code} (${found.name}) exists already: leave out --region-name and --region-level.`,
      );
    return found as { id: number; name: string };
  }
  if (!create) {
    const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM region`);
    throw new CommandError(
      n === 0
        ? `The database has no regions yet: create ${code} with --region-name <name> --region-level county|prefecture|province.`
        : `No region with code ${code}: give an existing code, or create it with --region-name and --region-level.`,
    );
  }
  const level = create.level.toUpperCase() as RegionLevel;
  if (!REGION_LEVELS.includes(level)) throw new CommandError(`--region-level must be county, prefecture or province.`);
  if (!/^[0-9A-Za-z]{1,12}$/.test(code))
    throw new CommandError(`--region must be 1–12 letters or digits (行政区划代码).`);
  const name = create.name.trim();
  if (!name || name.length > 100) throw new CommandError(`--region-name must be 1–100 characters.`);
  let parent: { id: number; path: string } | null = null;
  if (create.parentCode) {
    [parent] = await m.query(`SELECT id, path FROM region WHERE code = $1`, [create.parentCode]);
    if (!parent) throw new CommandError(`No region with code ${create.parentCode} (--parent-region).`);
  }
  const [{ id }] = await m.query(`SELECT nextval(pg_get_serial_sequence('region', 'id'))::int AS id`);
  const path = `${parent?.path ?? '/'}${id}/`;
  await m.query(`INSERT INTO region (id, parent_id, code, name, level, path) VALUES ($1, $2, $3, $4, $5, $6)`, [
    id,
    parent?.id ?? null,
    code,
    name,
    level,
    path,
  ]);
  await workflow.audit.record(
    {
      action: 'CREATE',
      requestId: COMMAND_REQUEST,
      entity: 'Region',
      entityId: id,
      after: { code, name, level, parentId: parent?.id ?? null },
    },
    m,
  );
  return { id, name };
}

/**
 * `create-admin`: a system administrator of a region, with a one-time password it must change at first
 * login. One transaction with its audit entries; refused when the username exists.
 */
export async function createAdministrator(
  workflow: Workflow,
  users: UserService,
  opts: { regionCode: string; username: string; displayName?: string; newRegion?: NewRegion },
): Promise<{ user: UserRow; oneTimePassword: string; regionName: string }> {
  try {
    return await workflow.run(async (m) => {
      const region = await regionFor(m, workflow, opts.regionCode, opts.newRegion);
      const { row, oneTimePassword } = await users.insert(
        m,
        {
          username: opts.username,
          displayName: opts.displayName ?? `${region.name}系统管理员`,
          role: 'ADMIN',
          regionCode: opts.regionCode,
        },
        () => 'TRUE',
      );
      await workflow.audit.record(
        { action: 'CREATE', requestId: COMMAND_REQUEST, entity: 'User', entityId: row.id, after: auditedUser(row) },
        m,
      );
      return { user: row, oneTimePassword, regionName: region.name };
    });
  } catch (e) {
    // The services' named input errors, said the way a command says them.
    if (e instanceof AppError) throw new CommandError(e.message);
    throw e;
  }
}

/** `reset-password`: a new one-time password for any user (e.g. the only administrator forgot theirs). */
export async function resetPasswordByUsername(
  users: UserService,
  username: string,
): Promise<{ row: UserRow; oneTimePassword: string }> {
  try {
    return await users.resetPasswordFromCommand(username);
  } catch (e) {
    if (e instanceof AppError) throw new CommandError(e.message);
    throw e;
  }
}

/** What a checkpoint's confirmation freezes: its reports, and the year's flags of its county (see frozen.entity.ts). */
export async function freezeCheckpoint(
  m: { query: (sql: string, params?: unknown[]) => Promise<any> },
  checkpointId: number,
): Promise<{ reports: number; flags: number }> {
  const [{ n: reports }] = await m.query(
    `WITH ins AS (INSERT INTO frozen_report (checkpoint_id, report_id, project_id, budget, executed, status, failed)
     SELECT r.checkpoint_id, r.id, r.project_id, r.budget, r.executed, r.status, r.failed
       FROM monitoring_report r WHERE r.checkpoint_id = $1 RETURNING 1)
     SELECT count(*)::int AS n FROM ins`,
    [checkpointId],
  );
  // Flags count at project checkpoints only: those of the checkpoint's county and year, as they stand now.
  const [{ n: flags }] = await m.query(
    `WITH ins AS (INSERT INTO frozen_flag (checkpoint_id, flag_id, project_id, level, status, deadline, raised_checkpoint_id,
                              escalated_checkpoint_id, closed_on)
     SELECT c.id, f.id, f.project_id, f.level, f.status, f.deadline, f.raised_checkpoint_id, f.escalated_checkpoint_id,
            f.closed_on
       FROM monitoring_checkpoint c
       JOIN project p ON p.region_id = c.region_id AND p.year = c.year
       JOIN flag f ON f.project_id = p.id
       JOIN monitoring_checkpoint rc ON rc.id = f.raised_checkpoint_id AND rc.year = c.year
      WHERE c.id = $1 AND c.scope = 'PROJECT' RETURNING 1)
     SELECT count(*)::int AS n FROM ins`,
    [checkpointId],
  );
  await m.query(`UPDATE monitoring_checkpoint SET frozen_at = now() WHERE id = $1`, [checkpointId]);
  return { reports: reports as number, flags: flags as number };
}

/** Freezes every confirmed checkpoint not frozen yet (a demo loaded with its past years already confirmed). */
export async function freezeConfirmedCheckpoints(m: {
  query: (sql: string, params?: unknown[]) => Promise<any>;
}): Promise<number> {
  const rows = (await m.query(
    `SELECT id FROM monitoring_checkpoint WHERE status = 'CONFIRMED' AND frozen_at IS NULL ORDER BY id`,
  )) as { id: number }[];
  for (const r of rows) await freezeCheckpoint(m, r.id);
  return rows.length;
}

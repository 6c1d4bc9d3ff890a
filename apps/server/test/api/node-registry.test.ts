import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoBiTokenOf, gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Issue 13 §4: every type that implements Node resolves through node(id) for whoever may see it — read from
// the schema itself, so a new Node type without a loader fails here — and is "not found" (null) for a viewer
// who may not see it.

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const NODE = `query($id: ID!) { node(id: $id) { __typename id } }`;

/** One row of each Node type in the demo county: the table, and a row every viewer below may or may not see. */
const TABLES: Record<string, string> = {
  Project: 'project',
  Unit: 'unit',
  Section: 'section',
  Agency: 'agency',
  AgencyRating: 'agency_rating',
  Checkpoint: 'monitoring_checkpoint',
  MonitoringReport: 'monitoring_report',
  Indicator: 'project_indicator',
  Flag: 'flag',
  Evaluation: 'evaluation',
  Finding: 'evaluation_finding',
  EvaluationVersion: 'evaluation_version',
  ResultApplication: 'result_application',
  ExAnteAssessment: 'ex_ante_assessment',
  TargetAdjustment: 'target_adjustment',
  DataImport: 'data_import',
  SupervisionFinding: 'supervision_finding',
  FundRecall: 'fund_recall',
  QuarterlyReport: 'quarterly_report',
  AgencyCheck: 'agency_check',
  GovernmentEvaluation: 'government_evaluation',
};

/** The project a row belongs to, for the rows that belong to one (to pick one a unit may not see). */
const PROJECT_OF: Record<string, string> = {
  Project: 'x.id',
  MonitoringReport: 'x.project_id',
  Indicator: 'x.project_id',
  Flag: 'x.project_id',
  Evaluation: 'x.project_id',
  EvaluationVersion: '(SELECT e.project_id FROM evaluation e WHERE e.id = x.evaluation_id)',
  ResultApplication: 'x.project_id',
  ExAnteAssessment: 'x.project_id',
  TargetAdjustment: 'x.project_id',
  SupervisionFinding: 'x.project_id',
  FundRecall: 'x.project_id',
};

describe('node(id) for every Node type', () => {
  const ctx = useServer();
  let db: pg.Client;
  let pes = '';
  let unitToken = '';
  let nodeTypes: string[] = [];
  const ids = new Map<string, number>();
  let unitCode = '';

  beforeAll(async () => {
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    pes = await login(ctx.graphqlUrl, 'pes');
    // Introspection is for tokens (BI tools), as in production.
    const bi = await demoBiTokenOf(ctx.databaseUrl);
    const schema = await gql(ctx.graphqlUrl, `{ __type(name: "Node") { possibleTypes { name } } }`, {}, bi);
    nodeTypes = schema.data!.__type.possibleTypes.map((t: { name: string }) => t.name).sort();
    // The demo has no import: the performance section uploads and previews one.
    const upload = await fetch(`${ctx.graphqlUrl.replace(/\/graphql$/, '')}/files?name=p.csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${pes}` },
      body: '项目编码,项目名称\n',
    });
    const file = ((await upload.json()) as { id: string }).id;
    const preview = await gql(
      ctx.graphqlUrl,
      `mutation($f: ID!) { previewImport(fileId: $f, kind: PROJECTS, year: 2024) { id } }`,
      { f: file },
      pes,
    );
    expect(preview.errors).toBeUndefined();
    // Nor an adjustment request: the performance section opens 2024's first checkpoint, and a unit asks for
    // one on an approved project there.
    const { rows: planned } = await db.query(
      `SELECT id, version FROM monitoring_checkpoint WHERE year = 2024 AND status = 'PLANNED' ORDER BY month, id LIMIT 1`,
    );
    const opened = await gql(
      ctx.graphqlUrl,
      `mutation($id: ID!, $v: Int!) { openCheckpoint(id: $id, version: $v) { status } }`,
      { id: gid('Checkpoint', planned[0].id), v: planned[0].version },
      pes,
    );
    expect(opened.errors).toBeUndefined();
    const { rows: open } = await db.query(
      `SELECT c.id AS checkpoint, p.id AS project, p.version, u.code FROM monitoring_checkpoint c
         JOIN project p ON p.region_id = c.region_id AND p.year = c.year AND p.target_status = 'APPROVED'
         JOIN unit u ON u.id = p.unit_id AND NOT u.classified
        WHERE c.status = 'OPEN' AND NOT EXISTS (SELECT 1 FROM project_indicator i WHERE i.project_id = p.id
                                                  AND i.transfer_indicator_id IS NOT NULL)
        ORDER BY c.id, p.id LIMIT 1`,
    );
    expect(open).toHaveLength(1);
    unitCode = open[0].code;
    unitToken = await login(ctx.graphqlUrl, `unit-${unitCode}`);
    const indicators = [
      {
        level1: 'OUTPUT',
        level2: '数量指标',
        name: '调整后培训人次',
        comparator: 'GE',
        targetValue: '300',
        unitOfMeasure: '人次',
        weight: 60,
        isKey: true,
      },
      {
        level1: 'BENEFIT',
        level2: '社会效益指标',
        name: '调整后合格率',
        comparator: 'GE',
        targetValue: '95',
        unitOfMeasure: '%',
        weight: 40,
      },
    ];
    const request = await gql(
      ctx.graphqlUrl,
      `mutation($p: ID!, $c: ID!, $ind: [IndicatorDraftInput!]!, $v: Int!) { requestTargetAdjustment(projectId: $p, checkpointId: $c, indicators: $ind, reason: "年中政策调整，培训规模相应调减", version: $v) }`,
      {
        p: gid('Project', open[0].project),
        c: gid('Checkpoint', open[0].checkpoint),
        ind: indicators,
        v: open[0].version,
      },
      unitToken,
    );
    expect(request.errors).toBeUndefined();
    // Nor a supervision finding: the performance section records one against the same project.
    const finding = await gql(
      ctx.graphqlUrl,
      `mutation($p: ID!) { recordSupervisionFinding(projectId: $p, input: { kind: AUDIT, source: "县审计局",
         foundOn: "2024-06-01", documentNo: "尉审报〔2024〕1号", description: "资金拨付不及时" }) { id } }`,
      { p: gid('Project', open[0].project) },
      pes,
    );
    expect(finding.errors).toBeUndefined();
    // Nor a fund recall: it proposes one for idle funds there.
    const recall = await gql(
      ctx.graphqlUrl,
      `mutation($p: ID!) { proposeFundRecall(projectId: $p, reason: IDLE_FUNDS, amount: "1.00", note: "闲置") { id } }`,
      { p: gid('Project', open[0].project) },
      pes,
    );
    expect(recall.errors).toBeUndefined();
    // Nor a superseded evaluation: a unit's central transfer payment self-evaluated under 90 is sent back, and
    // submitted again.
    const { rows: transfer } = await db.query(
      `SELECT p.id, p.budget::text AS budget, u.code FROM project p JOIN unit u ON u.id = p.unit_id
        WHERE p.year = 2024 AND p.fund_family = 'TRANSFER_PAYMENT' AND p.target_status = 'APPROVED' AND NOT u.classified
          AND NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.project_id = p.id) ORDER BY p.id LIMIT 1`,
    );
    const selfToken = await login(ctx.graphqlUrl, `unit-${transfer[0].code}`);
    for (const completion of [80, 100]) {
      const self = await gql(
        ctx.graphqlUrl,
        `mutation($p: ID!, $in: SelfEvaluationInput!) { submitSelfEvaluation(projectId: $p, input: $in) { id } }`,
        {
          p: gid('Project', transfer[0].id),
          in: {
            executed: transfer[0].budget,
            outputCompletion: completion,
            benefitCompletion: completion,
            satisfactionCompletion: completion,
          },
        },
        selfToken,
      );
      expect(self.errors).toBeUndefined();
    }
    // Nor a quarterly report upward: the performance section sends 2023's first.
    const quarterly = await gql(
      ctx.graphqlUrl,
      `mutation { submitQuarterlyReport(year: 2023, quarter: 1, text: "一季度工作情况") { id } }`,
      {},
      pes,
    );
    expect(quarterly.errors).toBeUndefined();
    // Nor a check of an agency's work: the performance section draws one at random from 2022's.
    const check = await gql(ctx.graphqlUrl, `mutation { drawAgencyRandomCheck(year: 2022) { id } }`, {}, pes);
    expect(check.errors).toBeUndefined();
    // Nor an evaluation of a lower government: the prefecture selects the county for 2024.
    const { rows: county } = await db.query(`SELECT region_id AS id FROM app_user WHERE username = 'pes'`);
    const selected = await gql(
      ctx.graphqlUrl,
      `mutation($r: [ID!]!) { selectGovernmentEvaluations(year: 2024, regionIds: $r) { id } }`,
      { r: [gid('Region', county[0].id)] },
      await login(ctx.graphqlUrl, 'prefecture'),
    );
    expect(selected.errors).toBeUndefined();
    for (const [type, table] of Object.entries(TABLES)) {
      const { rows } = await db.query(`SELECT min(id) AS id FROM ${table}`);
      if (rows[0].id !== null) ids.set(type, rows[0].id);
    }
  });
  afterAll(() => db?.end());

  it('knows every Node type of the schema, each with a row', () => {
    expect(nodeTypes).toEqual(Object.keys(TABLES).sort());
    expect([...ids.keys()].sort()).toEqual(Object.keys(TABLES).sort());
  });

  it('resolves each for the performance section, by its global id', async () => {
    for (const type of Object.keys(TABLES)) {
      const id = gid(type, ids.get(type)!);
      const res = await gql(ctx.graphqlUrl, NODE, { id }, pes);
      expect(res.errors, type).toBeUndefined();
      expect(res.data!.node, type).toEqual({ __typename: type, id });
    }
  });

  it("resolves a unit's own rows for it, and is null for another unit asking for them", async () => {
    for (const [type, projectOf] of Object.entries(PROJECT_OF)) {
      const [row] = (
        await db.query(
          `SELECT u.code, min(x.id) AS id, (SELECT o.code FROM unit o WHERE o.id <> u.id AND NOT o.classified
                                              ORDER BY o.code LIMIT 1) AS other
             FROM ${TABLES[type]} x JOIN project p ON p.id = ${projectOf} JOIN unit u ON u.id = p.unit_id
            WHERE NOT u.classified GROUP BY u.id, u.code ORDER BY u.code LIMIT 1`,
        )
      ).rows;
      expect(row, type).toBeDefined();
      const id = gid(type, row.id);
      const mine = await gql(ctx.graphqlUrl, NODE, { id }, await login(ctx.graphqlUrl, `unit-${row.code}`));
      expect(mine.data!.node, type).toEqual({ __typename: type, id });
      const theirs = await gql(ctx.graphqlUrl, NODE, { id }, await login(ctx.graphqlUrl, `unit-${row.other}`));
      expect(theirs.errors, type).toBeUndefined();
      expect(theirs.data!.node, type).toBeNull();
    }
  });

  it("is null for an import, a quarterly report or an agency check asked by a unit, which may not see the county's", async () => {
    for (const type of ['DataImport', 'QuarterlyReport', 'AgencyCheck']) {
      const res = await gql(ctx.graphqlUrl, NODE, { id: gid(type, ids.get(type)!) }, unitToken);
      expect(res.errors, type).toBeUndefined();
      expect(res.data!.node, type).toBeNull();
    }
  });
});

import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/index.js';
import { badInput, checkVersion, type Act, type Workflow } from '../workflow/index.js';
import { DEFAULT_SECTIONS, type ReportSectionDef } from './default-template.js';
import { FIGURES, PlaceholderError, formatsOf, parseTemplate } from './placeholders.js';
import type { StoredSection } from './report-template.entity.js';
import type { ReportTemplateView } from './report-template.types.js';

/** The template of a county: its saved text, or the default. */
export interface ResolvedTemplate {
  version: number;
  updatedAt: string | null;
  sections: ReportSectionDef[];
}

/** The annual report's text, kept per county, edited by the performance section. */
export class ReportTemplateService {
  constructor(private readonly wf: Workflow) {}

  private get db(): DataSource {
    return this.wf.db;
  }

  async resolve(regionId: number): Promise<ResolvedTemplate> {
    const [row] = (await this.db.query(
      `SELECT sections, version, to_char(updated_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') AS updated_at
         FROM report_template WHERE region_id = $1`,
      [regionId],
    )) as { sections: StoredSection[]; version: number; updated_at: string }[];
    return {
      version: row?.version ?? 0,
      updatedAt: row?.updated_at ?? null,
      sections: merge(row?.sections ?? []),
    };
  }

  async view(viewer: Viewer): Promise<ReportTemplateView> {
    return toView(await this.resolve(viewer.regionId));
  }

  /** Saves every section's title and body in one transaction, after checking each placeholder. */
  async save(act: Act, sections: StoredSection[], version: number): Promise<ReportTemplateView> {
    const checked = check(sections);
    await this.wf.run(async (m) => {
      const regionId = act.viewer.regionId;
      const [row] = (await m.query(
        `SELECT id, sections, version FROM report_template WHERE region_id = $1 FOR UPDATE`,
        [regionId],
      )) as { id: number; sections: StoredSection[]; version: number }[];
      checkVersion('年度报告模板', row?.version ?? 0, version);
      let id: number;
      if (row) {
        id = row.id;
        await m.query(
          `UPDATE report_template SET sections = $2, updated_by_user_id = $3, updated_at = now(), version = version + 1
            WHERE id = $1`,
          [row.id, JSON.stringify(checked), act.viewer.userId],
        );
      } else {
        const [created] = await m.query(
          `INSERT INTO report_template (region_id, sections, updated_by_user_id) VALUES ($1, $2, $3) RETURNING id`,
          [regionId, JSON.stringify(checked), act.viewer.userId],
        );
        id = created.id;
      }
      await this.wf.record(m, act, 'SAVE', 'ReportTemplate', id, row ? { sections: row.sections } : null, {
        sections: checked,
      });
    });
    return this.view(act.viewer);
  }
}

/** Every section of the default, in its order, with the saved text where there is one. */
function merge(saved: StoredSection[]): ReportSectionDef[] {
  return DEFAULT_SECTIONS.map((d) => {
    const s = saved.find((x) => x.key === d.key);
    return s ? { ...d, title: s.title, body: s.body } : { ...d };
  });
}

/** The input checked: known keys, each once, every one present, and every placeholder known and well formed. */
function check(sections: StoredSection[]): StoredSection[] {
  const seen = new Set<string>();
  sections.forEach((s, i) => {
    if (!DEFAULT_SECTIONS.some((d) => d.key === s.key)) {
      throw badInput(`sections[${i}].key`, `没有“${s.key}”这一部分`, `there is no section "${s.key}"`);
    }
    if (seen.has(s.key)) throw badInput(`sections[${i}].key`, `“${s.key}”重复`, `"${s.key}" appears twice`);
    seen.add(s.key);
    for (const field of ['title', 'body'] as const) {
      try {
        parseTemplate(s[field]);
      } catch (e) {
        if (e instanceof PlaceholderError) throw badInput(`sections[${i}].${field}`, e.zh, e.en);
        throw e;
      }
    }
  });
  const missing = DEFAULT_SECTIONS.filter((d) => !seen.has(d.key)).map((d) => d.key);
  if (missing.length) {
    throw badInput('sections', `缺少部分：${missing.join('、')}`, `sections missing: ${missing.join(', ')}`);
  }
  return sections.map((s) => ({ key: s.key, title: s.title, body: s.body }));
}

function toView(t: ResolvedTemplate): ReportTemplateView {
  return {
    version: t.version,
    isDefault: t.version === 0,
    updatedAt: t.updatedAt,
    sections: t.sections.map((s) => {
      const d = DEFAULT_SECTIONS.find((x) => x.key === s.key)!;
      return { ...s, defaultTitle: d.title, defaultBody: d.body };
    }),
    placeholders: FIGURES.map((f) => ({ ...f, formats: formatsOf(f.kind) })),
  };
}

import type { DataSource } from 'typeorm';
import { FUND_FAMILY_LABELS, ROLE_LABELS } from '@jixiao/schema/enums';
import { toGlobalId } from '../../graphql/global-id.js';
import { regionRows, sqlParams } from './scope.js';
import type { Me } from './auth.types.js';
import type { Viewer } from './viewer.js';

export class MeService {
  constructor(private readonly db: DataSource) {}

  async describe(v: Viewer): Promise<Me> {
    const [row] = (await this.db.query(
      `SELECT r.name AS region_name, r.name_en AS region_name_en, s.name AS section_name, un.name AS unit_name, a.name AS agency_name
         FROM region r
         LEFT JOIN section s ON s.id = $2
         LEFT JOIN unit un ON un.id = $3
         LEFT JOIN agency a ON a.id = $4
        WHERE r.id = $1`,
      [v.regionId, v.sectionId, v.unitId, v.agencyId],
    )) as {
      region_name: string;
      region_name_en: string | null;
      section_name: string | null;
      unit_name: string | null;
      agency_name: string | null;
    }[];
    const region = row?.region_name ?? '';
    // The English half of the scope names the region in English where its English name is known.
    const regionEn = row?.region_name_en ?? region;
    const scope: Record<string, string> = {
      LEADERSHIP: `${region}全部数据 / all of ${regionEn}`,
      PERFORMANCE: `${region}全部数据 / all of ${regionEn}`,
      BUDGET: `${region}全部数据（涉密单位仅计入合计）/ all of ${regionEn} (classified units in totals only)`,
      BUSINESS_SECTION: `${row?.section_name}对口单位的项目 / projects of the units ${row?.section_name} supervises`,
      FUND_SECTION: `${v.ownedFundFamily ? FUND_FAMILY_LABELS[v.ownedFundFamily].zh : ''}项目 / projects of the ${
        v.ownedFundFamily ? FUND_FAMILY_LABELS[v.ownedFundFamily].en : ''
      } family`,
      UNIT: `${row?.unit_name}本单位数据 / own data of ${row?.unit_name}`,
      AGENCY: `受托项目与本机构评级 / assigned projects and own ratings`,
      UPPER_LEVEL: `${region}所辖各县（只读）/ every county below ${regionEn} (read-only)`,
      ADMIN: `${region}及下辖地区的用户（不含项目数据）/ the users of ${regionEn} and below (no project data)`,
    };
    const p = sqlParams();
    const years = (await this.db.query(
      `SELECT DISTINCT p.year FROM project p WHERE ${regionRows(v, p, 'p.region_id')} ORDER BY p.year DESC`,
      p.values,
    )) as { year: number }[];
    return {
      id: toGlobalId('User', v.userId),
      sectionId: v.sectionId ? toGlobalId('Section', v.sectionId) : null,
      unitId: v.unitId ? toGlobalId('Unit', v.unitId) : null,
      agencyId: v.agencyId ? toGlobalId('Agency', v.agencyId) : null,
      years: years.map((y) => y.year),
      username: v.username,
      displayName: v.displayName,
      role: v.role,
      regionName: region,
      regionNameEn: row?.region_name_en ?? null,
      sectionName: row?.section_name ?? null,
      unitName: row?.unit_name ?? null,
      agencyName: row?.agency_name ?? null,
      scopeDescription: `${ROLE_LABELS[v.role].zh}：${scope[v.role]}`,
      readOnly: v.tokenId !== null || v.role === 'UPPER_LEVEL',
      mustChangePassword: v.mustChangePassword,
    };
  }
}

import type { DataSource, EntityManager } from 'typeorm';
import type { FundFamily, RegionLevel, SectionKind } from '@jixiao/schema/enums';
import { administeredRegions, sqlParams, type SqlParams, type Viewer } from '../auth/index.js';

// What an administrator sees of its organisation (issue 11 §2): the regions it administers and the sections,
// units and agencies in them. Scoped in SQL by `administeredRegions`, like user administration.

export interface RegionRow {
  id: number;
  code: string;
  name: string;
  level: RegionLevel;
  parent_code: string | null;
  bureau_name: string | null;
  path: string;
  version: number;
}
export interface SectionRow {
  id: number;
  region_id: number;
  region_code: string;
  region_name: string;
  code: string;
  name: string;
  kind: SectionKind;
  owned_fund_family: FundFamily | null;
  unit_count: number;
  version: number;
}
export interface UnitRow {
  id: number;
  region_id: number;
  region_code: string;
  region_name: string;
  code: string;
  name: string;
  classified: boolean;
  active: boolean;
  supervising_section_id: number;
  section_name: string;
  version: number;
}
export interface AgencyRow {
  id: number;
  region_id: number;
  region_code: string;
  region_name: string;
  code: string;
  name: string;
  credit_code: string;
  cleared_for_classified: boolean;
  version: number;
}
export interface StaffRow {
  id: number;
  agency_id: number;
  username: string;
  display_name: string;
  active: boolean;
}

export const REGION_SQL = `SELECT r.id, r.code, r.name, r.level, pr.code AS parent_code, r.bureau_name, r.path, r.version
  FROM region r LEFT JOIN region pr ON pr.id = r.parent_id`;
export const SECTION_SQL = `SELECT s.id, s.region_id, r.code AS region_code, r.name AS region_name, s.code, s.name, s.kind,
  s.owned_fund_family, (SELECT count(*)::int FROM unit x WHERE x.supervising_section_id = s.id) AS unit_count, s.version
  FROM section s JOIN region r ON r.id = s.region_id`;
export const UNIT_SQL = `SELECT u.id, u.region_id, r.code AS region_code, r.name AS region_name, u.code, u.name, u.classified,
  u.active, u.supervising_section_id, s.name AS section_name, u.version
  FROM unit u JOIN region r ON r.id = u.region_id JOIN section s ON s.id = u.supervising_section_id`;
export const AGENCY_SQL = `SELECT a.id, a.region_id, r.code AS region_code, r.name AS region_name, a.code, a.name,
  a.credit_code, a.cleared_for_classified, a.version FROM agency a JOIN region r ON r.id = a.region_id`;

type Db = DataSource | EntityManager;

async function scoped<T>(db: Db, sql: (p: SqlParams) => string): Promise<T[]> {
  const p = sqlParams();
  const text = sql(p);
  return (await db.query(text, p.values)) as T[];
}

export class OrganisationReader {
  constructor(private readonly db: DataSource) {}

  regions(v: Viewer) {
    return scoped<RegionRow>(
      this.db,
      (p) => `${REGION_SQL} WHERE ${administeredRegions(v, p, 'r.id')} ORDER BY r.path`,
    );
  }
  sections(v: Viewer) {
    return scoped<SectionRow>(
      this.db,
      (p) => `${SECTION_SQL} WHERE ${administeredRegions(v, p, 's.region_id')} ORDER BY r.path, s.code`,
    );
  }
  units(v: Viewer) {
    return scoped<UnitRow>(
      this.db,
      (p) => `${UNIT_SQL} WHERE ${administeredRegions(v, p, 'u.region_id')} ORDER BY r.path, u.code`,
    );
  }
  agencies(v: Viewer) {
    return scoped<AgencyRow>(
      this.db,
      (p) => `${AGENCY_SQL} WHERE ${administeredRegions(v, p, 'a.region_id')} ORDER BY r.path, a.code`,
    );
  }
  staff(v: Viewer) {
    return scoped<StaffRow>(
      this.db,
      (p) => `SELECT u.id, u.agency_id, u.username, u.display_name, u.active FROM app_user u
               WHERE u.role = 'AGENCY' AND ${administeredRegions(v, p, 'u.region_id')} ORDER BY u.username`,
    );
  }
}

import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { idOf, toGlobalId } from '../../graphql/global-id.js';
import { actOf } from '../workflow/index.js';
import type { AgencyRow, RegionRow, SectionRow, StaffRow, UnitRow } from './organisation.reader.js';
import {
  CreateAgencyInput,
  CreateRegionInput,
  CreateSectionInput,
  CreateUnitInput,
  OrgAgency,
  Organisation,
  OrgRegion,
  OrgSection,
  OrgUnit,
  UpdateAgencyInput,
  UpdateRegionInput,
  UpdateSectionInput,
  UpdateUnitInput,
} from './organisation.types.js';

const region = (r: RegionRow): OrgRegion => ({
  code: r.code,
  name: r.name,
  level: r.level,
  parentCode: r.parent_code,
  bureauName: r.bureau_name,
  version: r.version,
});
const section = (s: SectionRow): OrgSection => ({
  id: toGlobalId('Section', s.id),
  regionCode: s.region_code,
  regionName: s.region_name,
  code: s.code,
  name: s.name,
  kind: s.kind,
  ownedFundFamily: s.owned_fund_family,
  unitCount: s.unit_count,
  version: s.version,
});
const unit = (u: UnitRow): OrgUnit => ({
  id: toGlobalId('Unit', u.id),
  regionCode: u.region_code,
  regionName: u.region_name,
  code: u.code,
  name: u.name,
  classified: u.classified,
  active: u.active,
  sectionId: toGlobalId('Section', u.supervising_section_id),
  sectionName: u.section_name,
  version: u.version,
});
const agency = (a: AgencyRow, staff: StaffRow[] = []): OrgAgency => ({
  id: toGlobalId('Agency', a.id),
  regionCode: a.region_code,
  regionName: a.region_name,
  code: a.code,
  name: a.name,
  creditCode: a.credit_code,
  clearedForClassified: a.cleared_for_classified,
  version: a.version,
  staff: staff
    .filter((s) => s.agency_id === a.id)
    .map((s) => ({
      id: toGlobalId('User', s.id),
      username: s.username,
      displayName: s.display_name,
      active: s.active,
    })),
});

const ids = (type: string, list: string[] | null | undefined, field: string) =>
  list ? list.map((id) => idOf(type, id, field)) : null;

/** Organisation administration: the ADMIN role, within its region and the regions below (scope.ts). */
@Resolver()
export class OrganisationResolver {
  @Authorized('ADMIN')
  @Query(() => Organisation, {
    description: '本地区及下辖的地区、科室、单位、机构 / The regions, sections, units and agencies I administer',
  })
  async organisation(@Ctx() ctx: Context): Promise<Organisation> {
    const [v, r] = [ctx.viewer!, ctx.services.organisationReader];
    const [regions, sections, units, agencies, staff] = await Promise.all([
      r.regions(v),
      r.sections(v),
      r.units(v),
      r.agencies(v),
      r.staff(v),
    ]);
    return {
      regions: regions.map(region),
      sections: sections.map(section),
      units: units.map(unit),
      agencies: agencies.map((a) => agency(a, staff)),
    };
  }

  @Authorized('ADMIN', 'WRITE')
  @Mutation(() => OrgRegion, { description: '在本地区下新设地区 / Create a region below one of mine' })
  async createRegion(
    @Arg('input', () => CreateRegionInput, { description: '新地区 / The new region' }) input: CreateRegionInput,
    @Ctx() ctx: Context,
  ) {
    return region(await ctx.services.organisation.createRegion(actOf(ctx), input));
  }

  @Authorized('ADMIN', 'WRITE')
  @Mutation(() => OrgRegion, { description: '修改地区名称或县财政局名称 / Rename a region or its finance bureau' })
  async updateRegion(
    @Arg('input', () => UpdateRegionInput, { description: '地区的修改 / The region’s changes' })
    input: UpdateRegionInput,
    @Ctx() ctx: Context,
  ) {
    return region(await ctx.services.organisation.updateRegion(actOf(ctx), input));
  }

  @Authorized('ADMIN', 'WRITE')
  @Mutation(() => OrgSection, { description: '新设科室 / Create a section' })
  async createSection(
    @Arg('input', () => CreateSectionInput, { description: '新科室 / The new section' }) input: CreateSectionInput,
    @Ctx() ctx: Context,
  ) {
    return section(
      await ctx.services.unitsSections.createSection(actOf(ctx), {
        ...input,
        unitIds: ids('Unit', input.unitIds, 'unitIds'),
      }),
    );
  }

  @Authorized('ADMIN', 'WRITE')
  @Mutation(() => OrgSection, { description: '修改科室 / Change a section' })
  async updateSection(
    @Arg('input', () => UpdateSectionInput, { description: '科室的修改 / The section’s changes' })
    input: UpdateSectionInput,
    @Ctx() ctx: Context,
  ) {
    return section(
      await ctx.services.unitsSections.updateSection(actOf(ctx), {
        ...input,
        id: idOf('Section', input.id, 'id'),
        unitIds: ids('Unit', input.unitIds, 'unitIds'),
      }),
    );
  }

  @Authorized('ADMIN', 'WRITE')
  @Mutation(() => OrgUnit, { description: '新设单位 / Create a unit' })
  async createUnit(
    @Arg('input', () => CreateUnitInput, { description: '新单位 / The new unit' }) input: CreateUnitInput,
    @Ctx() ctx: Context,
  ) {
    return unit(
      await ctx.services.unitsSections.createUnit(actOf(ctx), {
        ...input,
        sectionId: idOf('Section', input.sectionId, 'sectionId'),
      }),
    );
  }

  @Authorized('ADMIN', 'WRITE')
  @Mutation(() => OrgUnit, { description: '修改单位 / Change a unit' })
  async updateUnit(
    @Arg('input', () => UpdateUnitInput, { description: '单位的修改 / The unit’s changes' }) input: UpdateUnitInput,
    @Ctx() ctx: Context,
  ) {
    return unit(
      await ctx.services.unitsSections.updateUnit(actOf(ctx), {
        ...input,
        id: idOf('Unit', input.id, 'id'),
        sectionId: input.sectionId ? idOf('Section', input.sectionId, 'sectionId') : null,
      }),
    );
  }

  @Authorized('ADMIN', 'WRITE')
  @Mutation(() => OrgUnit, {
    description: '撤销单位：保留历史，不再新建项目 / Retire a unit: its history stays, it takes no new projects',
  })
  async retireUnit(
    @Arg('id', () => ID, { description: '单位全局 ID / Global id of the unit' }) id: string,
    @Arg('version', () => Int, { description: '读取时的版本 / Version read' }) version: number,
    @Ctx() ctx: Context,
  ) {
    return unit(await ctx.services.unitsSections.setUnitActive(actOf(ctx), idOf('Unit', id, 'id'), version, false));
  }

  @Authorized('ADMIN', 'WRITE')
  @Mutation(() => OrgUnit, { description: '恢复已撤销的单位 / Reactivate a retired unit' })
  async reactivateUnit(
    @Arg('id', () => ID, { description: '单位全局 ID / Global id of the unit' }) id: string,
    @Arg('version', () => Int, { description: '读取时的版本 / Version read' }) version: number,
    @Ctx() ctx: Context,
  ) {
    return unit(await ctx.services.unitsSections.setUnitActive(actOf(ctx), idOf('Unit', id, 'id'), version, true));
  }

  @Authorized('ADMIN', 'WRITE')
  @Mutation(() => OrgAgency, { description: '新增第三方机构 / Create an agency' })
  async createAgency(
    @Arg('input', () => CreateAgencyInput, { description: '新第三方机构 / The new agency' }) input: CreateAgencyInput,
    @Ctx() ctx: Context,
  ) {
    return agency(await ctx.services.organisation.createAgency(actOf(ctx), input));
  }

  @Authorized('ADMIN', 'WRITE')
  @Mutation(() => OrgAgency, { description: '修改第三方机构 / Change an agency' })
  async updateAgency(
    @Arg('input', () => UpdateAgencyInput, { description: '第三方机构的修改 / The agency’s changes' })
    input: UpdateAgencyInput,
    @Ctx() ctx: Context,
  ) {
    return agency(
      await ctx.services.organisation.updateAgency(actOf(ctx), { ...input, id: idOf('Agency', input.id, 'id') }),
    );
  }
}

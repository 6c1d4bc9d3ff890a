import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import type { EvaluationKind, FlagLevel, FlagStatus, FundFamily, Grade } from '@jixiao/schema/enums';
import { EvaluationKindEnum, FlagLevelEnum, FlagStatusEnum, FundFamilyEnum, GradeEnum } from '../../graphql/enums.js';

export const ProjectOrderFieldEnum = { CODE: 'CODE', NAME: 'NAME', BUDGET: 'BUDGET', YEAR: 'YEAR' } as const;
registerEnumType(ProjectOrderFieldEnum, { name: 'ProjectOrderField', description: '项目排序字段 / Sort key of projects' });
export const OrderDirectionEnum = { ASC: 'ASC', DESC: 'DESC' } as const;
registerEnumType(OrderDirectionEnum, { name: 'OrderDirection' });

@InputType({ description: '项目筛选 / Project filters' })
export class ProjectFilter {
  @Field(() => Int, { nullable: true, description: '预算年度 / Budget year' })
  @IsOptional() @IsInt() @Min(2000) @Max(2100)
  year?: number | null;

  @Field(() => ID, { nullable: true, description: '对口科室 / Supervising section' })
  sectionId?: string | null;

  @Field(() => ID, { nullable: true, description: '单位 / Unit' })
  unitId?: string | null;

  @Field(() => FundFamilyEnum, { nullable: true, description: '资金类别 / Fund family' })
  fundFamily?: FundFamily | null;

  @Field(() => FlagLevelEnum, { nullable: true, description: '有未销号的该级预警 / Has an open flag of this level' })
  flagLevel?: FlagLevel | null;

  @Field(() => GradeEnum, { nullable: true, description: '单位自评等次 / Self-evaluation grade' })
  grade?: Grade | null;

  @Field({ nullable: true, description: '重点项目 / Key projects only (or not)' })
  isKey?: boolean;

  @Field({ nullable: true, description: '按名称或编码搜索 / Search in name and code' })
  @IsOptional() @MaxLength(100)
  search?: string;
}

@InputType({ description: '项目排序 / Project order' })
export class ProjectOrder {
  @Field(() => ProjectOrderFieldEnum, { defaultValue: 'CODE' })
  field: keyof typeof ProjectOrderFieldEnum;

  @Field(() => OrderDirectionEnum, { defaultValue: 'ASC' })
  direction: 'ASC' | 'DESC';
}

@InputType({ description: '预警筛选 / Flag filters' })
export class FlagFilter {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(2000) @Max(2100)
  year?: number | null;

  @Field(() => FlagLevelEnum, { nullable: true })
  level?: FlagLevel | null;

  @Field(() => FlagStatusEnum, { nullable: true })
  status?: FlagStatus | null;

  @Field({ nullable: true, description: '仅逾期未销号 / Only open flags past their deadline' })
  overdue?: boolean;

  @Field(() => ID, { nullable: true }) sectionId?: string | null;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
}

@InputType({ description: '评价筛选 / Evaluation filters' })
export class EvaluationFilter {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(2000) @Max(2100)
  year?: number | null;

  @Field(() => EvaluationKindEnum, { nullable: true })
  kind?: EvaluationKind | null;

  @Field(() => GradeEnum, { nullable: true })
  grade?: Grade | null;

  @Field(() => ID, { nullable: true }) agencyId?: string | null;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field(() => ID, { nullable: true }) sectionId?: string | null;
}

@InputType({ description: '单位筛选 / Unit filters' })
export class UnitFilter {
  @Field(() => ID, { nullable: true }) sectionId?: string | null;

  @Field({ nullable: true }) @IsOptional() @MaxLength(100)
  search?: string;
}

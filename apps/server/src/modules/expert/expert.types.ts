import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { TextField } from '../../graphql/text.js';

@ObjectType({ description: '回避单位 / A unit the expert must not review' })
export class ExpertConflictUnit {
  @Field(() => ID, { description: '单位 ID / Unit id' }) id: string;
  @Field({ description: '单位名称 / Unit name' }) name: string;
}

@ObjectType({ description: '专家库中的专家 / An expert of the library' })
export class ExpertInfo {
  @Field(() => ID, { description: '专家 ID / Id' }) id: string;
  @Field({ description: '姓名 / Name' }) name: string;
  @Field({ description: '专业领域 / Field' }) field: string;
  @Field({ description: '工作单位 / Organisation' }) organisation: string;
  @Field({ description: '联系方式 / Contact' }) contact: string;
  @Field({ description: '在库（可抽取）/ Active: may be drawn' }) active: boolean;
  @Field({ description: '所属地区 / Region' }) regionName: string;
  @Field(() => [ExpertConflictUnit], { description: '须回避的单位 / Units the expert must not review' })
  conflicts: ExpertConflictUnit[];
  @Field(() => Int, { description: '版本号 / Version' }) version: number;
}

@InputType({ description: '专家信息 / An expert' })
export class ExpertInput {
  @TextField(40, { description: '姓名 / Name' }) name: string;
  @TextField(60, { description: '专业领域 / Field' }) field: string;
  @TextField(100, { description: '工作单位 / Organisation' }) organisation: string;
  @TextField(60, { nullable: true, description: '联系方式 / Contact' })
  @IsOptional()
  contact?: string | null;
  @Field(() => Boolean, { nullable: true, description: '在库（默认是）/ Active (default yes)' })
  @IsOptional()
  active?: boolean | null;
  @Field(() => [ID], { defaultValue: [], description: '须回避的单位 / Units the expert must not review' })
  @ArrayMaxSize(200)
  conflictUnitIds: string[];
}

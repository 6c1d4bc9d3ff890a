import { Field, ID, ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { JSONScalar } from '../../graphql/scalars.js';

/** One change to what a confirmed checkpoint reported, made after its figures were frozen (from the audit log). */
@ObjectType({
  description:
    '节点冻结后的变动（来自审计日志）/ A change made after a checkpoint’s figures were frozen (from the audit log)',
})
export class CheckpointChange {
  @Field(() => ID, { description: '审计日志条目全局 ID / Global id of the audit entry' }) id: string;
  @Field({ description: '时间 / When' }) at: Date;
  @Field(() => String, { nullable: true, description: '操作人 / Who' }) username: string | null;
  @Field({
    description: '动作：CORRECT 更正、CLOSE 销号、UPDATE 整改方案或佐证 … / What: CORRECT, CLOSE, UPDATE …',
  })
  action: string;
  @Field({ description: '对象类型：MonitoringReport 或 Flag / Type of the object: MonitoringReport or Flag' })
  entity: string;
  @Field(() => ID, { description: '对象全局 ID（报告或预警）/ Global id of the report or flag' }) entityId: string;
  @Field(() => ID, { description: '项目全局 ID / Global id of the project' }) projectId: string;
  @Field({ description: '项目名称 / Project name' }) projectName: string;
  @Field(() => JSONScalar, { nullable: true, description: '修改前 / Before' }) before: unknown;
  @Field(() => JSONScalar, { nullable: true, description: '修改后 / After' }) after: unknown;
}

export const CheckpointChangeConnection = connectionOf(CheckpointChange, 'CheckpointChange');

import { Field, ID, ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { JSONScalar } from '../../graphql/scalars.js';

@ObjectType({ description: '审计日志条目 / An audit log entry' })
export class AuditEntry {
  @Field(() => ID, { description: '条目全局 ID / Global id of the entry' }) id: string;
  @Field({ description: '时间 / When' }) at: Date;
  @Field(() => String, { nullable: true, description: '用户 / Who' }) username: string | null;
  @Field(() => Boolean, { description: '通过 BI 令牌 / Through a BI token' }) viaToken: boolean;
  @Field({ description: '动作 / What: LOGIN, LOGIN_FAILED, LOGOUT, TOKEN_USED, CREATE, UPDATE …' }) action: string;
  @Field(() => String, { nullable: true, description: '对象类型，如 RuleSet / Type of the object, e.g. RuleSet' })
  entity: string | null;
  @Field(() => String, { nullable: true, description: '对象编号 / Id of the object' }) entityId: string | null;
  @Field(() => JSONScalar, { nullable: true, description: '修改前 / Before' }) before: unknown;
  @Field(() => JSONScalar, { nullable: true, description: '修改后 / After' }) after: unknown;
  @Field(() => String, { nullable: true, description: '请求 ID（与服务日志一致）/ Request id, as in the server log' })
  requestId: string | null;
}

export const AuditConnection = connectionOf(AuditEntry, 'AuditEntry');

import { Field, ObjectType, Query, Resolver } from 'type-graphql';

@ObjectType({ description: '服务状态 / Server health' })
class Health {
  @Field({ description: '服务正常 / The server answers' })
  ok: boolean;

  @Field({ description: '服务器时间 / Server time' })
  time: Date;
}

@Resolver()
export class HealthResolver {
  @Query(() => Health, { description: '服务状态，无需登录 / Health check, no login needed' })
  health(): Health {
    return { ok: true, time: new Date() };
  }
}

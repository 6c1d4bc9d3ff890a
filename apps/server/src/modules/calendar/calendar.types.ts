import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '年度工作节点 / A deadline of the year' })
export class Deadline {
  @Field({ description: '截止日期 / Due on' }) dueOn: string;
  @Field({ description: '事项 / What' }) titleZh: string;
  @Field({ description: '事项（英文）/ What, in English' }) titleEn: string;
  @Field(() => [String], { description: '负责角色 / Roles that must act' }) roles: string[];
  @Field(() => Int, { description: '剩余天数（负数为已逾期）/ Days left (negative when past)' }) daysLeft: number;
}

@ObjectType({ description: '待办事项 / A to-do of the viewer' })
export class Todo {
  @Field({ description: '类型 / Kind, e.g. REPORTS_TO_SUBMIT' }) kind: string;
  @Field({ description: '待办说明 / What to do' }) titleZh: string;
  @Field({ description: '待办说明（英文）/ What to do, in English' }) titleEn: string;
  @Field(() => Int, { description: '件数 / How many' }) count: number;
  @Field(() => Int, { description: '其中逾期 / Of which overdue' }) overdue: number;
}

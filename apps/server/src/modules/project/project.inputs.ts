import { Field, InputType, registerEnumType } from 'type-graphql';

export const ProjectOrderFieldEnum = { CODE: 'CODE', NAME: 'NAME', BUDGET: 'BUDGET', YEAR: 'YEAR' } as const;
registerEnumType(ProjectOrderFieldEnum, {
  name: 'ProjectOrderField',
  description: '项目排序字段 / Sort key of projects',
  valuesConfig: {
    CODE: { description: '按项目编码 / By project code' },
    NAME: { description: '按项目名称 / By project name' },
    BUDGET: { description: '按预算金额 / By budget' },
    YEAR: { description: '按预算年度 / By budget year' },
  },
});
export const OrderDirectionEnum = { ASC: 'ASC', DESC: 'DESC' } as const;
registerEnumType(OrderDirectionEnum, {
  name: 'OrderDirection',
  description: '排序方向 / Sort direction',
  valuesConfig: {
    ASC: { description: '升序 / Ascending' },
    DESC: { description: '降序 / Descending' },
  },
});

@InputType({ description: '项目排序 / Project order' })
export class ProjectOrder {
  @Field(() => ProjectOrderFieldEnum, { defaultValue: 'CODE', description: '排序字段 / Sort key' })
  field: keyof typeof ProjectOrderFieldEnum;

  @Field(() => OrderDirectionEnum, { defaultValue: 'ASC', description: '排序方向 / Sort direction' })
  direction: 'ASC' | 'DESC';
}

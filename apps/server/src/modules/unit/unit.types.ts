import { Field, ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { Node } from '../../graphql/node.js';

@ObjectType({ implements: Node, description: '预算单位 / A budget unit' })
export class Unit extends Node {
  dbId: number;
  sectionId: number;

  @Field({ description: '单位编码 / Unit code' }) code: string;
  @Field({ description: '单位名称 / Unit name' }) name: string;
  @Field({ description: '涉密单位 / Classified unit' }) classified: boolean;
}

export const UnitConnection = connectionOf(Unit, 'Unit');

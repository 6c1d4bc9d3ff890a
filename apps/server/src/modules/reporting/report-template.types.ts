import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { TextField } from '../../graphql/text.js';

@ObjectType({ description: '年度报告的一个部分 / A section of the annual report' })
export class ReportSection {
  @Field({ description: '部分代码（固定）/ Key of the section (fixed)' }) key: string;
  @Field(() => Int, { description: '层级：0 标题，1 一级（一、），2 二级（（一））/ 0 title, 1 part, 2 point' })
  level: number;
  @Field({ description: '标题（可含占位符）/ Title, placeholders allowed' }) title: string;
  @Field({ description: '正文，每行一段（可含占位符）/ Body, one paragraph a line, placeholders allowed' })
  body: string;
  @Field({ description: '默认标题 / The default title' }) defaultTitle: string;
  @Field({ description: '默认正文 / The default body' }) defaultBody: string;
}

@ObjectType({ description: '模板可用的占位符 / A placeholder the template may use' })
export class ReportPlaceholder {
  @Field({ description: '名称，写作 {{名称}} / Name, written {{name}}' }) name: string;
  @Field({ description: '类型：count、money、rate、share、text / Kind of figure' }) kind: string;
  @Field({ description: '中文说明 / Meaning in Chinese' }) zh: string;
  @Field({ description: '英文说明 / Meaning in English' }) en: string;
  @Field(() => [String], {
    description:
      '可用单位（第一个为默认），如 {{名称|万:1}} / Units it accepts, the first the default, e.g. {{name|万:1}}',
  })
  formats: string[];
}

@ObjectType({ description: '年度报告模板 / The annual report’s template of the viewer’s county' })
export class ReportTemplateView {
  @Field(() => Int, {
    description: '版本号（未保存过为0），保存时回传 / Version (0 while never saved): send it back when saving',
  })
  version: number;
  @Field({ description: '是否为默认模板 / Whether it is the default text' }) isDefault: boolean;
  @Field(() => String, { nullable: true, description: '最后保存时间 / Last saved at' }) updatedAt: string | null;
  @Field(() => [ReportSection], { description: '各部分，按报告顺序 / Sections, in the report’s order' })
  sections: ReportSection[];
  @Field(() => [ReportPlaceholder], { description: '可用占位符 / Placeholders the text may use' })
  placeholders: ReportPlaceholder[];
}

@InputType({ description: '年度报告一个部分的文字 / The text of one section' })
export class ReportSectionInput {
  @TextField(40, { description: '部分代码 / Key of the section' })
  key: string;

  @TextField(200, { description: '标题 / Title' })
  title: string;

  @TextField(20000, { description: '正文 / Body' })
  body: string;
}

import { IsString } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { Node } from '../../graphql/node.js';
import type { ImportKindName, ImportRowStatus, ImportStatus } from './import.entity.js';
import { TextField } from '../../graphql/text.js';

export const ImportKindEnum = {
  PROJECTS: 'PROJECTS',
  EXECUTION: 'EXECUTION',
  UNITS: 'UNITS',
  USERS: 'USERS',
  INDICATOR_LIBRARY: 'INDICATOR_LIBRARY',
} as const;
registerEnumType(ImportKindEnum, {
  name: 'ImportKind',
  description: '导入类型 / What a file imports',
  valuesConfig: {
    PROJECTS: {
      description: '项目及预算（预算管理一体化系统导出）/ Projects and budgets of a year (budget system export)',
    },
    EXECUTION: {
      description: '国库集中支付（每项目每月支付额）/ Treasury payments: the amount paid per project and month',
    },
    UNITS: { description: '预算单位（系统管理员）/ Budget units of the county (administrators)' },
    USERS: {
      description: '用户（系统管理员；新用户获一次性密码）/ Users (administrators; new users get a one-time password)',
    },
    INDICATOR_LIBRARY: {
      description: '指标库模板（系统管理员，按年度）/ Templates of the year’s indicator library (administrators)',
    },
  },
});

export const ImportStatusEnum = {
  NEEDS_MAPPING: 'NEEDS_MAPPING',
  READING: 'READING',
  PREVIEWED: 'PREVIEWED',
  FAILED: 'FAILED',
  COMMITTED: 'COMMITTED',
} as const;
registerEnumType(ImportStatusEnum, {
  name: 'ImportStatus',
  description: '导入状态 / Where an import stands',
  valuesConfig: {
    NEEDS_MAPPING: {
      description:
        '有必填字段未找到对应列，须指定列映射后重新预览 / Required fields have no column: preview again with a mapping',
    },
    READING: { description: '正在读取与比对（见 progress）/ Reading and comparing (see progress)' },
    PREVIEWED: { description: '预览完成，可提交（无错误时）/ Previewed: can be committed when no row has an error' },
    FAILED: { description: '读取失败（见 failure）/ Reading failed (see failure)' },
    COMMITTED: { description: '已提交入库 / Committed' },
  },
});

export const ImportRowStatusEnum = { NEW: 'NEW', CHANGED: 'CHANGED', UNCHANGED: 'UNCHANGED', ERROR: 'ERROR' } as const;
registerEnumType(ImportRowStatusEnum, {
  name: 'ImportRowStatus',
  description: '导入行的比对结果 / How a row compares with the database',
  valuesConfig: {
    NEW: { description: '新增 / New: will be created' },
    CHANGED: { description: '变更（见 changes）/ Changed: will be updated (see changes)' },
    UNCHANGED: { description: '无变化 / Unchanged' },
    ERROR: { description: '有错误（见 errors）/ Has errors (see errors)' },
  },
});

@InputType({ description: '列映射：文件中的列标题 → 字段 / Mapping of a heading in the file to a field' })
export class ImportMappingInput {
  @TextField(200, { description: '文件中的列标题 / The heading as the file prints it' })
  @IsString()
  heading: string;

  @TextField(40, {
    description: '字段名（见 importKinds）；空字符串表示忽略该列 / The field (see importKinds); "" ignores the column',
  })
  @IsString()
  field: string;
}

@ObjectType({ description: '导入字段 / A field an import reads' })
export class ImportFieldInfo {
  @Field({ description: '字段名 / Field name' }) field: string;
  @Field({ description: '中文名称 / Name in Chinese' }) labelZh: string;
  @Field({ description: '英文名称 / Name in English' }) labelEn: string;
  @Field({ description: '是否必填 / Required' }) required: boolean;
  @Field({ description: '值类型：code text money enum bool month year date / Value type' }) type: string;
  @Field(() => [String], { description: '可识别的列标题（中英文）/ Headings recognised for it, Chinese and English' })
  headings: string[];
}

@ObjectType({ description: '导入类型及其字段 / A kind of import and its fields' })
export class ImportKindInfo {
  @Field(() => ImportKindEnum, { description: '导入类型 / Kind' }) kind: ImportKindName;
  @Field({ description: '中文名称 / Name in Chinese' }) labelZh: string;
  @Field({ description: '英文名称 / Name in English' }) labelEn: string;
  @Field(() => [String], {
    description: '优先读取的工作表名（否则第一个工作表）/ Sheets read by name first (else the first sheet)',
  })
  sheetNames: string[];
  @Field(() => [ImportFieldInfo], { description: '字段 / Fields' }) fields: ImportFieldInfo[];
}

@ObjectType({ description: '文件的一列 / A column of the file' })
export class ImportHeading {
  @Field({ description: '列号（A、B…）/ Column letter' }) column: string;
  @Field({ description: '列标题 / Heading' }) heading: string;
  @Field(() => String, {
    nullable: true,
    description: '对应字段；空为未识别或忽略 / Field it maps to; null: unknown or ignored',
  })
  field: string | null;
}

@ObjectType({ description: '一个单元格的问题（错误或提示）/ A problem of a cell (error or warning)' })
export class ImportProblem {
  @Field({ description: '工作表 / Sheet' }) sheet: string;
  @Field(() => Int, { description: '行号 / Row number' }) line: number;
  @Field(() => String, { nullable: true, description: '列号 / Column letter' }) column: string | null;
  @Field(() => String, { nullable: true, description: '列标题 / Heading' }) heading: string | null;
  @Field({ description: '字段 / Field' }) field: string;
  @Field({
    description:
      '原因代码，如 BAD_CODE UNKNOWN_UNIT TOO_MANY_DECIMALS NOT_A_NUMBER DUPLICATE BELOW_EXECUTED UNKNOWN_FUND_FAMILY WRONG_YEAR FORMULA / Reason code',
  })
  code: string;
  @Field({ description: '原因（中文）/ Reason in Chinese' }) messageZh: string;
  @Field({ description: '原因（英文）/ Reason in English' }) messageEn: string;
}

@ObjectType({ description: '字段的值 / A field’s value in a row' })
export class ImportValue {
  @Field({ description: '字段 / Field' }) field: string;
  @Field(() => String, { nullable: true, description: '值（精确字符串）/ Value (exact string)' }) value: string | null;
}

@ObjectType({ description: '变更：原值 → 新值 / A change: before → after' })
export class ImportChange {
  @Field({ description: '字段 / Field' }) field: string;
  @Field(() => String, { nullable: true, description: '原值 / Before' }) before: string | null;
  @Field(() => String, { nullable: true, description: '新值 / After' }) after: string | null;
}

@ObjectType({ description: '导入文件的一行 / A row of an imported file' })
export class ImportRow {
  @Field({ description: '工作表 / Sheet' }) sheet: string;
  @Field(() => Int, { description: '行号（与表格软件一致）/ Row number, as the spreadsheet shows it' }) line: number;
  @Field({ description: '标识（项目编码；项目编码|月份）/ Key (project code; project code|month)' }) key: string;
  @Field(() => ImportRowStatusEnum, { description: '比对结果 / Status' }) status: ImportRowStatus;
  @Field(() => [ImportValue], { description: '读取的值 / Values read' }) values: ImportValue[];
  @Field(() => [ImportChange], { description: '变更（原值 → 新值）/ Changes, before → after' }) changes: ImportChange[];
  @Field(() => [ImportProblem], { description: '错误 / Errors' }) errors: ImportProblem[];
  @Field(() => [ImportProblem], { description: '提示（不阻止提交）/ Warnings (do not block the commit)' })
  warnings: ImportProblem[];
}

export const ImportRowConnection = connectionOf(ImportRow, 'ImportRow');

@ObjectType({ description: '新用户的一次性密码 / A new user’s one-time password' })
export class ImportedPassword {
  @Field({ description: '用户名 / Username' }) username: string;
  @Field({ description: '姓名 / Display name' }) displayName: string;
  @Field({ description: '一次性密码（首次登录须修改）/ One-time password (to be changed at first login)' })
  password: string;
}

@ObjectType('DataImport', {
  implements: Node,
  description: '一次导入：预览与提交，导入历史 / An import: its preview, its commit; the history',
})
export class DataImportNode extends Node {
  dbId: number;
  @Field(() => ImportKindEnum, { description: '导入类型 / Kind' }) kind: ImportKindName;
  @Field(() => Int, { description: '年度 / Year' }) year: number;
  @Field({ description: '文件名 / File name' }) fileName: string;
  @Field(() => ID, {
    description: '上传的文件（按映射重新预览时传回）/ The uploaded file, to preview again with a mapping',
  })
  fileId: string;
  @Field({ description: '读取的工作表 / Sheet read' }) sheet: string;
  @Field(() => ImportStatusEnum, { description: '状态 / Status' }) status: ImportStatus;
  @Field(() => String, { nullable: true, description: '失败原因 / Why it failed' }) failure: string | null;
  @Field(() => Int, { description: '已读行数 / Rows read' }) rowsRead: number;
  @Field(() => Int, { description: '总行数（预估）/ Rows in the sheet (estimated before reading)' }) rowsTotal: number;
  @Field(() => Float, { description: '进度 0–1 / Progress, 0 to 1' }) progress: number;
  @Field(() => Int, { description: '新增行 / New rows' }) newCount: number;
  @Field(() => Int, { description: '变更行 / Changed rows' }) changedCount: number;
  @Field(() => Int, { description: '无变化行 / Unchanged rows' }) unchangedCount: number;
  @Field(() => Int, { description: '错误行 / Rows with errors' }) errorCount: number;
  @Field(() => Int, { description: '有提示的行 / Rows with warnings' }) warningCount: number;
  @Field(() => [ImportHeading], { description: '表头各列 / The header’s columns' }) headings: ImportHeading[];
  @Field(() => [String], { description: '未识别的列标题（可映射）/ Headings not recognised (map them)' })
  unknownHeadings: string[];
  @Field(() => [String], { description: '未找到列的必填字段 / Required fields with no column' })
  missingFields: string[];
  @Field({ description: '导入人 / Imported by' }) createdBy: string;
  @Field({ description: '上传时间 / Created at' }) createdAt: Date;
  @Field(() => Date, { nullable: true, description: '提交时间 / Committed at' }) committedAt: Date | null;
  @Field(() => Int, { description: '版本号（提交时传回）/ Version, to pass back when committing' }) version: number;
  @Field(() => [ImportedPassword], {
    nullable: true,
    description:
      '新用户的一次性密码：仅在提交用户导入的响应中出现一次，不以明文保存 / New users’ one-time passwords: only in the response of the commit of a user import, once; never stored in clear',
  })
  oneTimePasswords?: ImportedPassword[] | null;
}

export const DataImportConnection = connectionOf(DataImportNode, 'DataImport');

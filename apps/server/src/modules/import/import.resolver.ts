import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { pageSize } from '../../graphql/connection.js';
import { idOf } from '../../graphql/global-id.js';
import type { NodeLoaders } from '../../graphql/node.js';
import { actOf, notFound } from '../workflow/index.js';
import type { ImportKindName, ImportRowStatus } from './import.entity.js';
import {
  DataImportConnection,
  DataImportNode,
  ImportKindEnum,
  ImportKindInfo,
  ImportMappingInput,
  ImportRowConnection,
  ImportRowStatusEnum,
} from './import.types.js';
import { TEXT, TextArg } from '../../graphql/text.js';

const READERS = ['PERFORMANCE', 'BUDGET', 'LEADERSHIP', 'ADMIN'] as const;

export const IMPORT_NODES: NodeLoaders = {
  DataImport: async (_L, id, ctx) =>
    ctx.viewer && (READERS as readonly string[]).includes(ctx.viewer.role)
      ? ctx.services.importReader.one(ctx.viewer, id)
      : null,
};

@ArgsType()
class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: '每页条数（默认 20，最多 100）/ Page size (default 20, at most 100)',
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: '上一页的 endCursor / The previous page’s endCursor' })
  after?: string | null;
}

@Resolver(() => DataImportNode)
export class ImportResolver {
  @Authorized(...READERS)
  @Query(() => [ImportKindInfo], {
    description: '导入类型及其字段与列标题 / The kinds of import, their fields and headings',
  })
  importKinds(@Ctx() ctx: Context) {
    return ctx.services.importReader.kinds(ctx.viewer!);
  }

  @Authorized(...READERS)
  @Query(() => DataImportConnection, {
    description: '导入历史（本地区，最新在前）/ The import history of the viewer’s region, newest first',
  })
  imports(
    @Args() page: PageArgs,
    @Arg('kind', () => ImportKindEnum, { nullable: true, description: '导入类型 / Kind' }) kind: ImportKindName | null,
    @Ctx() ctx: Context,
  ) {
    const first = pageSize(ctx.viewer!, page.first);
    return DataImportConnection.of(ctx.services.importReader.list(ctx.viewer!, { kind, first, after: page.after }));
  }

  @Authorized(...READERS)
  @Query(() => DataImportNode, {
    name: 'import',
    nullable: true,
    description: '一次导入（可再次打开）/ One import, opened again',
  })
  importById(@Arg('id', () => ID, { description: '导入 / Import' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.importReader.one(ctx.viewer!, idOf('DataImport', id, 'id'));
  }

  @Authorized('PERFORMANCE', 'BUDGET', 'ADMIN', 'WRITE')
  @Mutation(() => DataImportNode, {
    description:
      '预览导入：检查文件与表头，后台读取并与数据库比对（轮询 import(id) 的 progress）；表头不符时返回 NEEDS_MAPPING / Preview an uploaded file: checks the file and its header now, reads and compares in the background (poll import(id).progress); NEEDS_MAPPING when required columns are missing',
  })
  async previewImport(
    @Arg('fileId', () => ID, { description: 'POST /files 返回的文件 ID / The file id POST /files returned' })
    fileId: string,
    @Arg('kind', () => ImportKindEnum, { description: '导入类型 / Kind' }) kind: ImportKindName,
    @Arg('year', () => Int, { description: '预算年度 / Budget year' }) year: number,
    @Arg('mapping', () => [ImportMappingInput], {
      nullable: true,
      description: '列映射（列标题 → 字段）/ Mapping, heading → field',
    })
    mapping: ImportMappingInput[] | null,
    @TextArg('sheet', TEXT.label, { nullable: true, description: '工作表名（默认按名称或第一个）/ Sheet to read' })
    sheet: string | null,
    @Ctx() ctx: Context,
  ) {
    const id = await ctx.services.imports.preview(actOf(ctx), {
      fileId: idOf('ImportFile', fileId, 'fileId'),
      kind,
      year,
      mapping: mapping ?? [],
      sheet,
    });
    return ctx.services.importReader.one(ctx.viewer!, id);
  }

  @Authorized('PERFORMANCE', 'BUDGET', 'ADMIN', 'WRITE')
  @Mutation(() => DataImportNode, {
    description:
      '提交导入：一个事务写入全部行，有错误时拒绝（仅导入人）/ Commit an import: every row in one transaction, refused while any row has an error (the importer only)',
  })
  async commitImport(
    @Arg('id', () => ID, { description: '导入 / Import' }) id: string,
    @Arg('version', () => Int, { description: '读取时的版本号（乐观锁）/ Version as last read (optimistic lock)' })
    version: number,
    @Ctx() ctx: Context,
  ) {
    const done = await ctx.services.imports.commit(actOf(ctx), idOf('DataImport', id, 'id'), version);
    const imp = await ctx.services.importReader.one(ctx.viewer!, done.id);
    if (!imp) throw notFound('导入');
    // Shown once: the new users' passwords are in this response only (kept nowhere but as hashes).
    return { ...imp, oneTimePasswords: imp.kind === 'USERS' ? done.oneTimePasswords : null };
  }

  @FieldResolver(() => ImportRowConnection, { description: '导入的行（按行号）/ The import’s rows, by row number' })
  rows(
    @Root() imp: DataImportNode,
    @Args() page: PageArgs,
    @Arg('status', () => ImportRowStatusEnum, { nullable: true, description: '只看此状态 / Only this status' })
    status: ImportRowStatus | null,
    @Arg('withWarnings', () => Boolean, { nullable: true, description: '只看有提示的行 / Only rows with warnings' })
    withWarnings: boolean | null,
    @Ctx() ctx: Context,
  ) {
    const first = pageSize(ctx.viewer!, page.first);
    return ImportRowConnection.of(
      ctx.services.importReader.rows(ctx.viewer!, imp, { status, withWarnings, first, after: page.after }),
    );
  }
}

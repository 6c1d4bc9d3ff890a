import { Router, type NextFunction, type Request, type Response } from 'express';
import { fromGlobalId } from '../../graphql/global-id.js';
import type { Logger } from '../../logger.js';
import type { Services } from '../../services.js';
import type { Viewer } from '../auth/index.js';
import { REPORT_ROLES } from '../reporting/index.js';
import { MAX_ZIP_PROJECTS, type ExportFile } from './export.service.js';
import { projectForm, unitForm } from './forms/forms.js';
import { ZipWriter } from './zip-writer.js';

// The downloads (issue 12 §2–3), over plain HTTP GET with the bearer token of the GraphQL API:
//   /export/projects/:id/:form.xlsx            targets | self-evaluation
//   /export/projects/:id/:form/:variant.xlsx   monitoring/<month>
//   /export/units/:id/:year/:form.xlsx         a unit-wide form of a unit's year: unit-wide-evaluation
//   /export/units/:id/:year/tables.zip         every form of a unit's year and of its projects
//   /export/years/:year/tables.zip             every form of the viewer's projects of a year, a folder per unit
//   /export/reports/:year/annual-report.docx   the year's report (performance section, leadership)
// Ids are the API's global ids. Rows outside the viewer's scope are 404, like rows that do not exist.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Code = 'UNAUTHENTICATED' | 'PASSWORD_CHANGE_REQUIRED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';
const STATUS: Record<Code, number> = {
  UNAUTHENTICATED: 401,
  PASSWORD_CHANGE_REQUIRED: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
};

function refuse(res: Response, code: Code, zh: string, en: string, field?: string): void {
  res
    .status(STATUS[code])
    .json({ errors: [{ message: `${zh} / ${en}`, extensions: { code, ...(field ? { field } : {}) } }] });
}

const notFound = (res: Response) => refuse(res, 'NOT_FOUND', '不存在或无权访问', 'Not found');

function disposition(fileName: string, asciiName: string): string {
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function send(res: Response, file: ExportFile, type: string): void {
  res.setHeader('content-type', type);
  res.setHeader('content-disposition', disposition(file.fileName, file.asciiName));
  res.setHeader('cache-control', 'private, no-store');
  res.send(file.content);
}

/** A database id from a global id of `type`, or null. */
function idParam(value: string | undefined, type: string): number | null {
  const parsed = fromGlobalId(value ?? '');
  return parsed && parsed.type === type && /^\d+$/.test(parsed.key) ? Number(parsed.key) : null;
}

function yearParam(res: Response, value: string | undefined): number | null {
  const year = /^\d{4}$/.test(value ?? '') ? Number(value) : NaN;
  if (year >= 2000 && year <= 2100) return year;
  refuse(res, 'BAD_USER_INPUT', 'year：年度须在 2000–2100 之间', 'year: must be between 2000 and 2100', 'year');
  return null;
}

export function exportRouter(services: Services, log: Logger): Router {
  const router = Router();
  const viewerOf = (res: Response) => res.locals.viewer as Viewer;

  router.use(async (req, res, next) => {
    const viewer = await services.auth.viewerFromAuthorization(req.headers.authorization);
    if (!viewer) return refuse(res, 'UNAUTHENTICATED', '请先登录', 'Authentication required');
    // A one-time password is changed before anything else, as on /graphql.
    if (viewer.mustChangePassword) {
      return refuse(res, 'PASSWORD_CHANGE_REQUIRED', '请先修改一次性密码', 'Change your one-time password first');
    }
    res.locals.viewer = viewer;
    next();
  });

  const projectFile = async (req: Request, res: Response, variant: string) => {
    const id = idParam(req.params.id as string, 'Project');
    const form = projectForm(req.params.form as string);
    if (id === null || !form || form.variants !== (variant !== '')) return notFound(res);
    const file = await services.exports.projectForm(viewerOf(res), id, form, variant);
    if (!file) return notFound(res);
    send(res, file, XLSX);
  };
  router.get('/projects/:id/:form.xlsx', (req, res) => projectFile(req, res, ''));
  router.get('/projects/:id/:form/:variant.xlsx', (req, res) => projectFile(req, res, req.params.variant as string));

  const zipOf = async (
    res: Response,
    names: { fileName: string; asciiName: string },
    what: { projectIds: number[]; unitIds: number[]; year: number; byUnit: boolean },
  ) => {
    const ids = what.projectIds;
    if (ids.length > MAX_ZIP_PROJECTS) {
      return refuse(
        res,
        'BAD_USER_INPUT',
        `项目过多（${ids.length} 个），请按单位导出`,
        `Too many projects (${ids.length}): export unit by unit`,
      );
    }
    res.setHeader('content-type', 'application/zip');
    res.setHeader('content-disposition', disposition(names.fileName, names.asciiName));
    res.setHeader('cache-control', 'private, no-store');
    const started = performance.now();
    const files = await services.exports.writeZip(new ZipWriter(res), viewerOf(res), what);
    log.info('export zip', {
      user: viewerOf(res).username,
      file: names.asciiName,
      projects: ids.length,
      files,
      ms: Math.round(performance.now() - started),
    });
  };

  router.get('/units/:id/:year/tables.zip', async (req, res) => {
    const id = idParam(req.params.id, 'Unit');
    const year = yearParam(res, req.params.year);
    if (year === null) return;
    const unit = id === null ? null : await services.exports.unit(viewerOf(res), id);
    if (!unit) return notFound(res);
    const projectIds = await services.exports.projectIds(viewerOf(res), year, unit.id);
    await zipOf(
      res,
      { fileName: `${unit.code}-${unit.name}-${year}年度绩效表.zip`, asciiName: `${unit.code}-${year}-tables.zip` },
      { projectIds, unitIds: [unit.id], year, byUnit: false },
    );
  });

  router.get('/years/:year/tables.zip', async (req, res) => {
    const year = yearParam(res, req.params.year);
    if (year === null) return;
    const [projectIds, unitIds] = await Promise.all([
      services.exports.projectIds(viewerOf(res), year, null),
      services.exports.unitIds(viewerOf(res)),
    ]);
    await zipOf(
      res,
      { fileName: `${year}年度绩效表.zip`, asciiName: `${year}-tables.zip` },
      { projectIds, unitIds, year, byUnit: true },
    );
  });

  router.get('/units/:id/:year/:form.xlsx', async (req, res) => {
    const year = yearParam(res, req.params.year);
    if (year === null) return;
    const id = idParam(req.params.id, 'Unit');
    const form = unitForm(req.params.form);
    if (id === null || !form) return notFound(res);
    const file = await services.exports.unitFormFile(viewerOf(res), id, year, form);
    if (!file) return notFound(res);
    send(res, file, XLSX);
  });

  router.get('/reports/:year/annual-report.docx', async (req, res) => {
    const viewer = viewerOf(res);
    if (!REPORT_ROLES.includes(viewer.role)) {
      return refuse(
        res,
        'FORBIDDEN',
        '仅绩效科和领导可下载年度报告',
        'The annual report is for the performance section and leadership',
      );
    }
    const year = yearParam(res, req.params.year);
    if (year === null) return;
    const { fileName, content } = await services.annualReports.docx(viewer, year);
    send(res, { fileName: `${fileName}.docx`, asciiName: `annual-report-${year}.docx`, content }, DOCX);
  });

  // A failure after the headers went out can only cut the download short; before, it is a plain 500.
  router.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    log.error('export failed', { error: String(err) });
    if (res.headersSent) return void res.destroy();
    res
      .status(500)
      .json({ errors: [{ message: '导出失败 / Export failed', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  });
  return router;
}

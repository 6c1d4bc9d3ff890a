import type { Request, RequestHandler, Response } from 'express';
import { toGlobalId } from '../../graphql/global-id.js';
import type { Services } from '../../services.js';
import { IMPORTER_ROLES } from './import.service.js';

const fail = (res: Response, status: number, code: string, zh: string, en: string) =>
  res.status(status).json({ error: { code, message: `${zh} / ${en}` } });

function fileName(req: Request): string {
  const raw = (typeof req.query.name === 'string' ? req.query.name : null) ?? req.header('x-file-name') ?? '';
  try {
    return decodeURIComponent(raw).trim();
  } catch {
    return '';
  }
}

/**
 * POST /files?name=项目.xlsx with the file as the raw body and the bearer token of a person who may import.
 * The size limit is checked while the body streams in (nothing past it is kept); the answer is the file's id,
 * for previewImport.
 */
export function uploadRoute(services: Services): RequestHandler {
  const max = services.imports.limits.maxBytes;
  return async (req, res) => {
    const viewer = await services.auth.viewerFromAuthorization(req.headers.authorization);
    if (!viewer) return void fail(res, 401, 'UNAUTHENTICATED', '请先登录', 'Authentication required');
    if (viewer.mustChangePassword) {
      return void fail(
        res,
        403,
        'PASSWORD_CHANGE_REQUIRED',
        '请先修改一次性密码',
        'Change your one-time password first',
      );
    }
    if (viewer.tokenId !== null || !IMPORTER_ROLES.has(viewer.role)) {
      return void fail(res, 403, 'FORBIDDEN', '无权导入数据', 'Not allowed to import');
    }
    const name = fileName(req);
    if (!name || name.length > 255 || /[\\/]/.test(name) || [...name].some((c) => c.charCodeAt(0) < 32)) {
      return void fail(res, 400, 'BAD_USER_INPUT', 'name：须给出文件名', 'name: the file name is required');
    }
    if (/\.(xlsm|xltm|xlam)$/i.test(name)) {
      return void fail(res, 415, 'BAD_USER_INPUT', '启用宏的工作簿不予导入', 'macro-enabled workbooks are refused');
    }
    if (!/\.(xlsx|csv)$/i.test(name)) {
      return void fail(
        res,
        415,
        'BAD_USER_INPUT',
        '只接受 .xlsx 或 .csv 文件',
        'only .xlsx and .csv files are accepted',
      );
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    const chunks: Buffer[] = [];
    let size = 0;
    let over = declared > max;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > max) over = true;
      // Past the limit nothing is kept; a client sending far more than that is cut off.
      if (over) {
        chunks.length = 0;
        if (size > max * 4) return void req.socket.destroy();
        continue;
      }
      chunks.push(chunk);
    }
    if (over) {
      const mb = (max / 1024 / 1024).toFixed(0);
      return void fail(
        res,
        413,
        'PAYLOAD_TOO_LARGE',
        `文件超过 ${mb} MB 上限`,
        `the file is larger than the ${mb} MB limit`,
      );
    }
    if (size === 0) return void fail(res, 400, 'BAD_USER_INPUT', '文件为空', 'the file is empty');
    const stored = await services.imports.storeFile(viewer, name, Buffer.concat(chunks));
    res.status(201).json({ id: toGlobalId('ImportFile', stored.id), name, size, sha256: stored.sha256 });
  };
}

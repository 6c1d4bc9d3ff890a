import { downloadBlob } from '../../app/export/download';
import { authToken } from '../auth';

/** The file name the server gives (RFC 5987 `filename*`, else `filename`), or null. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim());
    } catch {
      // a malformed name: fall back to the plain one
    }
  }
  return /filename="([^"]*)"/i.exec(disposition)?.[1] ?? null;
}

/** The server's words of a refused download: "中文 / English" → the reader's half. */
export class ExportError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Downloads a file the server builds (/export/…) with the session's bearer token, and saves it under
 * the server's name. Every figure in it is the server's; the browser only saves the bytes.
 */
export async function downloadExport(path: string, fallbackName: string): Promise<string> {
  const token = authToken.get();
  const res = await fetch(`/export${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { errors?: { message?: string }[] } | null;
    throw new ExportError(res.status, body?.errors?.[0]?.message ?? `HTTP ${res.status}`);
  }
  const name = fileNameOf(res.headers.get('content-disposition')) ?? fallbackName;
  downloadBlob(await res.blob(), name);
  return name;
}

/** Paths of the downloads, with the API's global ids. */
export const exportPaths = {
  projectForm: (projectId: string, form: 'targets' | 'self-evaluation') =>
    `/projects/${encodeURIComponent(projectId)}/${form}.xlsx`,
  monitoring: (projectId: string, month: number) =>
    `/projects/${encodeURIComponent(projectId)}/monitoring/${month}.xlsx`,
  unitZip: (unitId: string, year: number) => `/units/${encodeURIComponent(unitId)}/${year}/tables.zip`,
  yearZip: (year: number) => `/years/${year}/tables.zip`,
  annualReport: (year: number) => `/reports/${year}/annual-report.docx`,
};

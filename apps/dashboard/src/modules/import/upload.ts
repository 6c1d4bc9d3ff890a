import { pickServerMessage, type Lang } from '../../app/i18n/translate';
import { authToken } from '../auth';

/** Sends a file to POST /files (the raw body, the session's token): the file's id for previewImport. */
export async function uploadFile(file: File, lang: Lang): Promise<string> {
  const token = authToken.get();
  const res = await fetch(`/files?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: file,
  });
  const body = (await res.json().catch(() => null)) as { id?: string; error?: { message?: string } } | null;
  if (!res.ok || !body?.id) throw new Error(pickServerMessage(body?.error?.message ?? `HTTP ${res.status}`, lang));
  return body.id;
}

/** Global ids for `node(id)`: base64url of "Type:id". */
export function toGlobalId(type: string, id: number | string): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

export function fromGlobalId(globalId: string): { type: string; id: number } | null {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const m = /^([A-Za-z]+):(\d{1,10})$/.exec(decoded);
  return m ? { type: m[1]!, id: Number(m[2]) } : null;
}

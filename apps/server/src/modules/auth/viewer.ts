import type { FundFamily, Role } from '@jixiao/schema/enums';

/** Who is asking: a logged-in user, or a BI token acting read-only with its creator's scope. */
export interface Viewer {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  regionId: number;
  /** Materialised path of the viewer's region ('/1/2/3/'). */
  regionPath: string;
  sectionId: number | null;
  ownedFundFamily: FundFamily | null;
  unitId: number | null;
  agencyId: number | null;
  /** Set when the request came with a BI token. */
  tokenId: number | null;
  /** Login session id (the JWT's jti), for logout. */
  sessionId: string | null;
  /** A one-time password not yet changed: only changePassword, me and logout until it is (never for BI tokens). */
  mustChangePassword: boolean;
}

export const isBiToken = (v: Viewer) => v.tokenId !== null;

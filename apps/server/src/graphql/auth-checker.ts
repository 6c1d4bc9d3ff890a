import type { AuthChecker } from 'type-graphql';
import type { Role } from '@jixiao/schema/enums';
import type { Context } from './context.js';
import { forbidden, unauthenticated } from './errors.js';

/** `@Authorized()` needs a viewer; `@Authorized(roles)` one of those roles; `WRITE` refuses BI tokens. */
export const authChecker: AuthChecker<Context, string> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  const writes = roles.includes('WRITE');
  if (writes && viewer.tokenId !== null) throw forbidden();
  const wanted = roles.filter((r) => r !== 'WRITE') as Role[];
  if (wanted.length > 0 && !wanted.includes(viewer.role)) throw forbidden();
  return true;
};

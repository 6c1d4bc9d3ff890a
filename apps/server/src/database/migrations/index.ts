import { Initial1795848337245 } from './1795848337245-initial.js';
import { FundFamilies1795848400000 } from './1795848400000-fund-families.js';
// Versioned migrations, applied in order. Generate the next with
// `node --import @swc-node/register/esm-register src/database/generate-migration.ts Name`.
export const MIGRATIONS: Function[] = [Initial1795848337245, FundFamilies1795848400000];

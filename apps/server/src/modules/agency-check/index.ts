// The public entry of checks of third-party agencies' work (定向检查、随机抽查).
export { AgencyCheck } from './agency-check.types.js';
export { AgencyCheckReader } from './agency-check.reader.js';
export { AgencyCheckService } from './agency-check.service.js';
export { AgencyCheck as AgencyCheckEntity } from './agency-check.entity.js';

// The public entry of supervision findings (审计/财会监督发现问题, 重大违规) and the caps they drive.
export { FundRecallReader, SupervisionReader } from './supervision.reader.js';
export { SupervisionService, findingCapInputs, type FindingCapInputs } from './supervision.service.js';
export { SupervisionFinding as SupervisionFindingEntity } from './supervision-finding.entity.js';
export { FundRecallService } from './fund-recall.service.js';
export { FundRecall as FundRecallEntity } from './fund-recall.entity.js';

// Evaluations of lower governments (对下级政府预算绩效管理评价), issue 13 §2.
export {
  GovernmentEvaluation as GovernmentEvaluationEntity,
  GovernmentEvaluationEvent,
} from './government-evaluation.entity.js';
export { GovernmentEvaluationService } from './government-evaluation.service.js';
export { GovernmentEvaluationReader } from './government-evaluation.reader.js';
export { GOVERNMENT_EVALUATION_NODES, GovernmentEvaluationResolver } from './government-evaluation.resolver.js';

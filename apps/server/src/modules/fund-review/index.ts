// The public entry of the fund-owning sections' duties: review and pass upward (审核上报), and the family summary.
export { FundReviewService, checkFundReviewed } from './fund-review.service.js';
export { FundReviewReader } from './fund-review.reader.js';
export { FundFamilySummary as FundFamilySummaryEntity, FundReview as FundReviewEntity } from './fund-review.entity.js';

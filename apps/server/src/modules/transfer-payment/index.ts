// The public entry of transfer payments.
export { TransferTargetRef } from './transfer-payment.types.js';
export { TransferPaymentService } from './transfer-payment.service.js';

// The public entry of the audit log.
export { AuditReader } from './audit.reader.js';
export { AuditService, type AuditEntry } from './audit.service.js';

export { OrganisationReader } from './organisation.reader.js';
export { OrganisationResolver } from './organisation.resolver.js';
export { OrganisationService } from './organisation.service.js';
export { UnitSectionService } from './unit-section.service.js';
// A unit's checks, shared with the import of units (one rule).
export { checkUnit, unitRegion } from './unit-section.service.js';

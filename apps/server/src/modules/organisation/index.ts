export { OrganisationReader } from './organisation.reader.js';
export { OrganisationResolver } from './organisation.resolver.js';
export { OrganisationService } from './organisation.service.js';
export { UnitSectionService } from './unit-section.service.js';

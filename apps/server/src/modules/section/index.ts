// The public entry of sections.
export { Section } from './section.types.js';
export { SectionReader } from './section.reader.js';

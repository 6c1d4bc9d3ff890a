import type { TestProject } from 'vitest/node';
import { createTemplate, startTestCluster } from '../../src/testing/harness.js';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    template: string;
    emptyTemplate: string;
  }
}

/** One PostgreSQL for the run; templates migrated once (with and without the demo), copied per test file. */
export default async function setup(project: TestProject) {
  const cluster = await startTestCluster();
  const template = await createTemplate(cluster.adminUrl, { demo: true });
  const emptyTemplate = await createTemplate(cluster.adminUrl, { demo: false });
  project.provide('adminUrl', cluster.adminUrl);
  project.provide('template', template);
  project.provide('emptyTemplate', emptyTemplate);
  return async () => {
    const { dropDatabase } = await import('../../src/testing/harness.js');
    await dropDatabase(cluster.adminUrl, template).catch(() => {});
    await dropDatabase(cluster.adminUrl, emptyTemplate).catch(() => {});
    await cluster.stop();
  };
}

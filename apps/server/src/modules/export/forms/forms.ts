import { monitoringForm } from './monitoring.form.js';
import type { ProjectForm } from './project-form.js';
import { selfEvaluationForm } from './self-evaluation.form.js';
import { targetsForm } from './targets.form.js';

/**
 * The Ministry forms of a project, in the order of the year. The unit-wide (部门整体) equivalents come here
 * too once unit-wide targets and monitoring are stored: each is one file like these.
 */
export const PROJECT_FORMS: readonly ProjectForm[] = [targetsForm, monitoringForm, selfEvaluationForm];

export function projectForm(key: string): ProjectForm | undefined {
  return PROJECT_FORMS.find((f) => f.key === key);
}

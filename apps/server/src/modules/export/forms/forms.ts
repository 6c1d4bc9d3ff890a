import { monitoringForm } from './monitoring.form.js';
import type { ProjectForm } from './project-form.js';
import { selfEvaluationForm } from './self-evaluation.form.js';
import { targetsForm } from './targets.form.js';
import type { UnitForm } from './unit-form.js';
import { unitWideEvaluationForm } from './unit-wide-evaluation.form.js';

/** The Ministry forms of a project, in the order of the year. A new one is a file like these and a line here. */
export const PROJECT_FORMS: readonly ProjectForm[] = [targetsForm, monitoringForm, selfEvaluationForm];

/**
 * The unit-wide (部门整体) forms of a unit's year. Unit-wide targets and monitoring join here as files of
 * their own once they are stored; today the unit-wide evaluation is.
 */
export const UNIT_FORMS: readonly UnitForm[] = [unitWideEvaluationForm];

export const projectForm = (key: string) => PROJECT_FORMS.find((f) => f.key === key);
export const unitForm = (key: string) => UNIT_FORMS.find((f) => f.key === key);

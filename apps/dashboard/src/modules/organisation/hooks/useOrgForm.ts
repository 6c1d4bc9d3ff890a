import { useState } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import { mutationFailure } from '../../work';

/**
 * The state every organisation form shares: the server's field errors (shown under their fields) and
 * a message for a refusal that names no field. `run` clears both, runs the mutation, and maps a refusal.
 */
export function useOrgForm() {
  const { t, lang } = useI18n();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  async function run(action: () => Promise<void>): Promise<void> {
    setErrors({});
    setMessage(null);
    try {
      await action();
    } catch (e) {
      const failure = mutationFailure(e, lang);
      setErrors(failure.fields);
      if (Object.keys(failure.fields).length === 0) setMessage(failure.message || t('error.unknown'));
    }
  }

  const reset = () => {
    setErrors({});
    setMessage(null);
  };

  return { errors, message, run, reset };
}

/** Reads trimmed text values of a submitted form. */
export function formText(form: HTMLFormElement): (name: string) => string {
  const values = new FormData(form);
  return (name) => String(values.get(name) ?? '').trim();
}

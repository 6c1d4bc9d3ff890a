import { useState } from 'react';
import { Panel } from '@jixiao/ui/panel';
import { PageHeading } from '../../../app/components/PageHeading';
import { useI18n } from '../../../app/i18n/i18n';
import { ChangePasswordForm } from './ChangePasswordForm';

/** 修改密码 (/password), open from the header to every signed-in person. */
export default function ChangePasswordPage() {
  const { t } = useI18n();
  const [done, setDone] = useState(false);
  return (
    <main className="page" id="main">
      <PageHeading title={t('password.title')} subtitle={t('password.subtitle')} />
      <div className="password-page">
        <Panel title={t('password.title')} status="ready" minHeight={0} testId="panel-password">
          {done && (
            <p className="notice" role="status" data-testid="password-changed">
              {t('password.changed')}
            </p>
          )}
          <ChangePasswordForm oneTime={false} onDone={() => setDone(true)} />
        </Panel>
      </div>
    </main>
  );
}

import { useI18n } from '../i18n/i18n';
import { LANGS } from '../i18n/translate';

/** 中文 | English, as a pair of toggle buttons. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t('language.label')}>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l === 'zh' ? 'zh-CN' : 'en'}
          aria-pressed={lang === l}
          data-testid={`lang-${l}`}
          onClick={() => setLang(l)}
        >
          {t(l === 'zh' ? 'language.zh' : 'language.en')}
        </button>
      ))}
    </div>
  );
}

/** The root page's own script (language-redirect.ts), as the build inlines it. */
import { redirectToLanguage } from './language-redirect.ts';

redirectToLanguage((document.currentScript as HTMLScriptElement).dataset, {
  location,
  navigator,
  document,
});

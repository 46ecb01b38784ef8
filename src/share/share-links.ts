/** The snippet that embeds the map in another site. */
import { embedUrl } from '../state/app-links.ts';

/** An iframe snippet with a title that says what the frame holds (WCAG 4.1.2). */
export function embedSnippet(link: string, title: string): string {
  const escaped = title.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<iframe src="${embedUrl(link)}" title="${escaped}" width="100%" height="520" style="border:0" loading="lazy"></iframe>`;
}

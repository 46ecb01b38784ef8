/** What the app tells the person: notices above the page, and the polite live region. */
import { create } from './create-store.ts';
import { resettable } from './reset.ts';

/**
 * A message shown above the app until dismissed; `key` is an i18n key under `notice.`. `echo` is
 * what the link said that was not understood: it is shown apart from the message's words, cut
 * short and isolated (ui/echo.ts), never worded into them.
 */
export interface Notice {
  key:
    | 'unknownSpace'
    | 'hiddenSpace'
    | 'badParam'
    | 'skippedSpaces'
    | 'languageFailed'
    | 'compareFull';
  params: Record<string, string | number>;
  echo?: string;
}

interface MessagesState {
  notices: Notice[];
  /** What the polite live region says about the person's last action. */
  announcement: string;
  notify: (...notices: Notice[]) => void;
  dismissNotice: (index: number) => void;
  announce: (text: string) => void;
}

export const useMessages = resettable(
  create<MessagesState>()((set) => ({
    notices: [],
    announcement: '',
    notify: (...notices) => set((s) => ({ notices: [...s.notices, ...notices] })),
    dismissNotice: (index) => set((s) => ({ notices: s.notices.filter((_, i) => i !== index) })),
    announce: (announcement) => set({ announcement }),
  })),
);

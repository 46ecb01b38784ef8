/** What the app tells the person: notices above the page, and the polite live region. */
import { create } from 'zustand';

/** A message shown above the app until dismissed; `key` is an i18n key under `notice.`. */
export interface Notice {
  key: 'unknownSpace' | 'hiddenSpace' | 'badParam' | 'skippedSpaces';
  params: Record<string, string | number>;
}

interface MessagesState {
  notices: Notice[];
  /** What the polite live region says about the person's last action. */
  announcement: string;
  notify: (...notices: Notice[]) => void;
  dismissNotice: (index: number) => void;
  announce: (text: string) => void;
}

export const useMessages = create<MessagesState>()((set) => ({
  notices: [],
  announcement: '',
  notify: (...notices) => set((s) => ({ notices: [...s.notices, ...notices] })),
  dismissNotice: (index) => set((s) => ({ notices: s.notices.filter((_, i) => i !== index) })),
  announce: (announcement) => set({ announcement }),
}));

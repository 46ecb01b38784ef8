/** A polite live region telling screen-reader users what their last action changed. */
import { useMessages } from '../state/messages-store.ts';

export function Announcer() {
  const announcement = useMessages((s) => s.announcement);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {announcement}
    </div>
  );
}

/** A polite live region telling screen-reader users what their last action changed. */
import { useAppStore } from '../state/app-store';

export function Announcer() {
  const announcement = useAppStore((s) => s.announcement);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {announcement}
    </div>
  );
}

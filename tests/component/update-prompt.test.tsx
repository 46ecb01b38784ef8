import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { UpdatePrompt, type RegisterUpdates } from '../../src/app/update-prompt.tsx';
import { startI18n } from '../../src/i18n/i18n.ts';
import { useAppStore } from '../../src/state/app-store.ts';

beforeAll(async () => {
  await startI18n('it');
});

function withWaitingUpdate() {
  const install = vi.fn(async () => undefined);
  let announce: (install: () => Promise<void>) => void = () => {};
  const register: RegisterUpdates = (onUpdate) => {
    announce = onUpdate;
  };
  return { install, register, arrive: () => act(() => announce(install)) };
}

describe('a new version of the app', () => {
  it('is offered, and installed only when the person asks', async () => {
    useAppStore.setState({ presentStep: null });
    const { install, register, arrive } = withWaitingUpdate();
    render(<UpdatePrompt register={register} />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    arrive();
    expect(screen.getByRole('status')).toHaveTextContent(
      'È disponibile una nuova versione della mappa.',
    );
    expect(install).not.toHaveBeenCalled();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Aggiorna' }));
    expect(install).toHaveBeenCalledTimes(1);
  });

  it('is never offered during a presentation, only after it', () => {
    useAppStore.setState({ presentStep: 4 });
    const { register, arrive } = withWaitingUpdate();
    render(<UpdatePrompt register={register} />);
    arrive();
    expect(screen.queryByRole('button', { name: 'Aggiorna' })).not.toBeInTheDocument();
    act(() => useAppStore.setState({ presentStep: null }));
    expect(screen.getByRole('button', { name: 'Aggiorna' })).toBeInTheDocument();
  });
});

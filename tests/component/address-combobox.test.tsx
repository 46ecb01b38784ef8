import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { startI18n } from '../../src/i18n/i18n.ts';
import { AddressCombobox } from '../../src/nearest/address-combobox.tsx';
import { searchableIndex } from '../unit/address-index-fixture.ts';

const index = { current: { status: 'not-built' } as unknown };
vi.mock('../../src/nearest/address-index.ts', () => ({ addressIndex: async () => index.current }));

beforeAll(async () => {
  await startI18n('it');
});

function setup() {
  const onChoose = vi.fn();
  render(<AddressCombobox onChoose={onChoose} />);
  return {
    onChoose,
    field: screen.getByRole('combobox', { name: 'Indirizzo di partenza' }),
    user: userEvent.setup(),
  };
}

describe('the address field', () => {
  it('suggests streets, moves with the arrows and chooses with Enter', async () => {
    const { places, numbersOf } = searchableIndex('tests/fixtures/register-sample');
    index.current = { status: 'ready', places, numbersOf };
    const { field, user, onChoose } = setup();
    await user.type(field, 'monti padre pier luigi 20');
    expect(
      await screen.findByRole('option', { name: 'via Padre Luigi Monti 20' }),
    ).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { name: 'via Padre Luigi Monti 20' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.keyboard('{Enter}');
    expect(onChoose).toHaveBeenCalledWith(
      expect.objectContaining({ label: 'via Padre Luigi Monti 20' }),
    );
    expect(field).toHaveValue('via Padre Luigi Monti 20');
    expect(field).toHaveAttribute('aria-expanded', 'false');
    expect(
      screen.getByText('Indirizzi e quartieri: Comune di Milano, open data (CC BY 4.0).'),
    ).toBeInTheDocument();
  });

  it('closes with Escape, then empties with a second Escape', async () => {
    const { places, numbersOf } = searchableIndex('tests/fixtures/register-sample');
    index.current = { status: 'ready', places, numbersOf };
    const { field, user } = setup();
    await user.type(field, 'omero');
    await screen.findByRole('option', { name: 'viale Omero' });
    await user.keyboard('{Escape}');
    expect(field).toHaveAttribute('aria-expanded', 'false');
    expect(field).toHaveValue('omero');
    await user.keyboard('{Escape}');
    expect(field).toHaveValue('');
  });

  it('says that address search is not set up when no index was built', async () => {
    index.current = { status: 'not-built' };
    const { field, user } = setup();
    await user.type(field, 'omero');
    expect(
      await screen.findByText(/La ricerca per indirizzo non è attiva in questa installazione/),
    ).toBeInTheDocument();
  });

  it('says when the index cannot be reached', async () => {
    index.current = { status: 'unreachable' };
    const { field, user } = setup();
    await user.type(field, 'omero');
    expect(await screen.findByText(/forse sei offline/)).toBeInTheDocument();
  });
});

/**
 * The address field: an ARIA 1.2 combobox with a list of suggestions from the offline index
 * (arrow keys move, Enter chooses, Escape closes, the number of suggestions is announced).
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Suggestion } from './address-search.ts';

type Status =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'not-built' }
  | { kind: 'unreachable' }
  | { kind: 'no-street'; street: string }
  | { kind: 'missing'; number: string; street: string };

interface Props {
  onChoose: (suggestion: Suggestion) => void;
}

/** What the field shows and the option says for a suggestion: a neighbourhood says it is one. */
function suggestionText(
  suggestion: Suggestion,
  t: (key: string, options?: Record<string, unknown>) => string,
): string {
  return suggestion.kind === 'neighbourhood'
    ? t('address.neighbourhoodOption', { name: suggestion.label })
    : suggestion.label;
}

export function AddressCombobox({ onChoose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [options, setOptions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  /** True once the index answered: its data is then credited under the field. */
  const [indexUsed, setIndexUsed] = useState(false);
  const latest = useRef(0);

  const update = async (value: string) => {
    setText(value);
    setActive(-1);
    const request = ++latest.current;
    if (value.trim().length < 2) {
      setOptions([]);
      setOpen(false);
      setStatus({ kind: 'idle' });
      return;
    }
    setStatus((s) => (s.kind === 'idle' ? { kind: 'loading' } : s));
    let answer;
    try {
      // The search code and the index come only when the person starts typing.
      const { suggestAddresses } = await import('./address-suggestions.ts');
      answer = await suggestAddresses(value);
    } catch {
      answer = { status: 'unreachable' as const };
    }
    // Only the answer to the latest keystroke counts.
    if (request !== latest.current) return;
    if (answer.status !== 'ready') {
      setOptions([]);
      setOpen(false);
      setStatus({ kind: answer.status });
      return;
    }
    const result = answer.result;
    setIndexUsed(true);
    const found =
      result.kind === 'suggestions'
        ? result.suggestions
        : result.kind === 'missing-number'
          ? result.nearest
          : [];
    setOptions(found);
    setOpen(found.length > 0);
    setStatus(
      result.kind === 'missing-number'
        ? { kind: 'missing', number: result.number, street: result.street.label }
        : result.kind === 'no-street'
          ? { kind: 'no-street', street: result.street }
          : { kind: 'idle' },
    );
  };

  const choose = (suggestion: Suggestion) => {
    setText(suggestionText(suggestion, t));
    setOpen(false);
    setActive(-1);
    setStatus({ kind: 'idle' });
    onChoose(suggestion);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      const chosen = options[active] ?? (open ? options[0] : undefined);
      if (chosen) {
        event.preventDefault();
        choose(chosen);
      }
    } else if (event.key === 'Escape') {
      // Escape closes the list first, then empties the field; it never also closes the panel.
      event.preventDefault();
      if (open) setOpen(false);
      else void update('');
    }
  };

  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const message = statusMessage(status, t);

  return (
    <div className="address">
      <label htmlFor={`${id}-input`} className="address__label">
        {t('address.label')}
      </label>
      <span id={hintId} className="address__hint">
        {t('address.hint')}
      </span>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-describedby={hintId}
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        value={text}
        onChange={(event) => void update(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {message && <p className="address__status">{message}</p>}
      <ul
        id={listId}
        role="listbox"
        aria-label={t('address.label')}
        className="address__options"
        hidden={!open}
      >
        {options.map((option, i) => (
          <li
            key={`${option.label}-${i}`}
            id={optionId(i)}
            role="option"
            // Street names are Italian whatever the page's language; "Quartiere" is translated.
            lang={option.kind === 'neighbourhood' ? undefined : 'it'}
            aria-selected={i === active}
            className="address__option"
            // Keep the focus in the field while choosing with the mouse.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
          >
            {suggestionText(option, t)}
          </li>
        ))}
      </ul>
      {indexUsed && <p className="address__attribution">{t('address.attribution')}</p>}
      <div className="visually-hidden" role="status" aria-live="polite">
        {open ? t('address.count', { count: options.length }) : ''}
      </div>
    </div>
  );
}

function statusMessage(
  status: Status,
  t: (key: string, options?: Record<string, unknown>) => string,
): string {
  switch (status.kind) {
    case 'loading':
      return t('address.loading');
    case 'not-built':
      return t('address.notBuilt');
    case 'unreachable':
      return t('address.unreachable');
    case 'no-street':
      // What the person typed is echoed, cut to a few dozen characters.
      return t('address.noStreet', { street: shorten(status.street) });
    case 'missing':
      return t('address.missingNumber', { number: status.number, street: status.street });
    default:
      return '';
  }
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

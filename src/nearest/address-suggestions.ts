/** Suggestions for the address field; loaded with the index on the first keystroke. */
import { addressIndex } from './address-index.ts';
import { search, type SearchResult } from './address-search.ts';

export type Suggestions =
  { status: 'ready'; result: SearchResult } | { status: 'not-built' | 'unreachable' };

export async function suggestAddresses(text: string): Promise<Suggestions> {
  const index = await addressIndex();
  if (index.status !== 'ready') return { status: index.status };
  try {
    return { status: 'ready', result: await search(index.places, text, index.numbersOf) };
  } catch {
    // A numbers file that could not be fetched: offline part-way.
    return { status: 'unreachable' };
  }
}

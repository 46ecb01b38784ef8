/**
 * One reset reaches all of the app's state (src/state/reset.ts): every store is made resettable,
 * and every module that keeps something between calls says how it forgets it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spaceMapFor } from '../../src/app/map-code.ts';
import { useAppStore } from '../../src/state/app-store.ts';
import { requestCamera, useCamera } from '../../src/state/camera-store.ts';
import { useMapWanted, wantMap } from '../../src/state/map-wanted.ts';
import { resetState } from '../../src/state/reset.ts';

const SRC = join(import.meta.dirname, '../../src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** What a module keeps between calls, at its top level: a `let`, or an empty Map or Set filled later. */
const KEPT =
  /^(?:export )?(?:let|var) |^(?:export )?const \w+ = new (?:Map|Set|WeakMap)(?:<[^>]*>)?\(\)/m;
/** The pages' entry points: each starts one page once (a test starts it afresh each time). */
const ENTRIES = /(?:^|\/)(?:boot\.ts|[\w-]*main\.tsx)$/;

describe('the app’s state', () => {
  const files = sourceFiles(SRC).map((path) => ({
    name: relative(SRC, path),
    text: readFileSync(path, 'utf8'),
  }));

  it('is in stores a reset reaches: every zustand store is resettable', () => {
    const stores = files.filter((f) =>
      /import \{[^}]*\bcreate\b[^}]*\} from '[./]*(?:state\/)?create-store\.ts'/.test(f.text),
    );
    expect(stores.length).toBeGreaterThanOrEqual(10);
    for (const store of stores) {
      const made = store.text.match(/\bcreate</g)?.length ?? 0;
      expect(made, store.name).toBeGreaterThan(0);
      const reset = store.text.match(/\bresettable\(\s*create</g)?.length ?? 0;
      expect(reset, store.name).toBe(made);
    }
  });

  it('is in stores the prerender and the hydrating page read as they are (state/create-store.ts)', () => {
    const ownCreate = files.filter((f) =>
      /import \{[^}]*\bcreate\b[^}]*\} from 'zustand'/.test(f.text),
    );
    expect(ownCreate.map((f) => f.name)).toEqual([]);
  });

  it('kept by a module beside the stores is forgotten on reset', () => {
    const keeping = files.filter((f) => KEPT.test(f.text) && !ENTRIES.test(f.name));
    expect(keeping.map((f) => f.name)).toContain('state/map-picture.ts');
    for (const module of keeping) expect(module.text, module.name).toMatch(/\bonReset\(/);
  });

  it('goes back to how the page started', () => {
    useAppStore.getState().toggleArea(2);
    useAppStore.getState().toggleOpenNow();
    wantMap();
    requestCamera({ kind: 'fit' });
    requestCamera({ kind: 'fit' });
    const component = spaceMapFor(0, null);
    expect(useCamera.getState().request?.seq).toBe(2);
    resetState();
    expect(useAppStore.getState().areas).toEqual([1, 2, 3]);
    expect(useAppStore.getState().openNowOnly).toBe(false);
    expect(useMapWanted.getState().wanted).toBe(false);
    expect(useCamera.getState().request).toBeNull();
    // The camera's requests count from the start again, and the map's code is asked for anew.
    requestCamera({ kind: 'fit' });
    expect(useCamera.getState().request?.seq).toBe(1);
    expect(spaceMapFor(0, null)).not.toBe(component);
  });
});

/** Builds the bench's baseline page (scripts/baseline/) with the app's own public files. */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  publicDir: here('../../public'),
  base: '/',
  plugins: [react()],
  build: { outDir: here('../../test-results/baseline-dist'), emptyOutDir: true },
});

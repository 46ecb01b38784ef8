/** Stands in for vite-plugin-pwa's registration in the builds run inside the app's (nested-build.ts). */
export function registerSW(): () => Promise<void> {
  return async () => {};
}

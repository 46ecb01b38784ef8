/** Stands in for vite-plugin-pwa's registration in the desk's build (see vite-plugin.ts). */
export function registerSW(): () => Promise<void> {
  return async () => {};
}

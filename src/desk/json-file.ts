/**
 * JSON written as the project's files are: by Prettier itself, with the project's options
 * (.prettierrc.json), so that `npm run lint` (prettier --check) accepts every file the desk saves,
 * whatever its texts hold (wide characters, emoji, right-to-left scripts). Prettier's standalone
 * build is loaded when a file is first written: the desk opens without it, residents never load it.
 */
import options from '../../.prettierrc.json' with { type: 'json' };

const prettier = () =>
  Promise.all([
    import('prettier/standalone'),
    import('prettier/plugins/babel'),
    import('prettier/plugins/estree'),
  ]);

/** The text of a JSON file (a spaces GeoJSON, the updates file), ending in a newline. */
export async function jsonFileText(value: unknown): Promise<string> {
  const [{ format }, babel, estree] = await prettier();
  // Written with every object open (Prettier keeps an object on several lines when its first key
  // is on a line of its own, as in the project's files), every list left to Prettier to fit.
  return format(JSON.stringify(value, null, 2), {
    ...options,
    parser: 'json',
    plugins: [babel, estree],
  });
}

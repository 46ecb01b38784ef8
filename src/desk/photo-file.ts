/**
 * A photo an official adds on the desk: its type read from its bytes (not its name), its size
 * checked, and, when wider than docs/data.md asks (about 1200 px) or heavier (300 KB), made smaller
 * in the browser: a lower JPEG quality first, then fewer pixels, down to MIN_PHOTO_WIDTH.
 */
import { PHOTO_BYTES } from '../spaces/space-fields.ts';

/** The width docs/data.md asks photos to have at most: enough for a panel, light on a phone. */
export const PHOTO_WIDTH = 1200;

/** Narrower than this, a photo looks blurred in the panel. */
export const MIN_PHOTO_WIDTH = 600;

/** A camera's photo is a few MB; far larger is not a photo to publish. */
export const MAX_PHOTO_BYTES = 25 * 1024 * 1024;

export type PhotoType = 'jpeg' | 'png' | 'webp';

/** What the desk says of a photo it cannot take (keys of `desk:photo.refused.*`). */
export type PhotoRefusal =
  | { reason: 'type' }
  | { reason: 'tooLarge' }
  | { reason: 'unreadable' }
  | { reason: 'tooSmall'; width: number };

/** The image type its first bytes say, whatever the file's name claims. */
export function photoType(bytes: Uint8Array): PhotoType | null {
  const starts = (signature: number[], at = 0) =>
    signature.every((byte, i) => bytes[at + i] === byte);
  if (starts([0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  return null;
}

/** The size a photo is made: its own, or PHOTO_WIDTH wide with its proportions. */
export function photoSize(width: number, height: number): { width: number; height: number } {
  if (width <= PHOTO_WIDTH) return { width, height };
  return { width: PHOTO_WIDTH, height: Math.round((height * PHOTO_WIDTH) / width) };
}

export interface PreparedPhoto {
  /** The file as it will be published. */
  photo: Blob;
  extension: 'jpg' | 'png' | 'webp';
  width: number;
  height: number;
  /** Whether it was made smaller than the file chosen. */
  resized: boolean;
}

/** The JPEG qualities tried at each width, best first. */
const QUALITIES = [0.82, 0.72, 0.62, 0.52];

async function asJpeg(
  bitmap: ImageBitmap,
  width: number,
  height: number,
  quality: number,
): Promise<Blob | null> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, width, height);
  return new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
}

/** The photo as a JPEG of PHOTO_BYTES at most, as wide as that allows: the lightest, if none is. */
async function lightEnough(
  bitmap: ImageBitmap,
  size: { width: number; height: number },
): Promise<{ photo: Blob; width: number; height: number } | null> {
  let best: { photo: Blob; width: number; height: number } | null = null;
  for (let width = size.width; ; width = Math.max(MIN_PHOTO_WIDTH, Math.round(width * 0.8))) {
    const height = Math.round((size.height * width) / size.width);
    for (const quality of QUALITIES) {
      const photo = await asJpeg(bitmap, width, height, quality);
      if (!photo) return best;
      if (!best || photo.size < best.photo.size) best = { photo, width, height };
      if (photo.size <= PHOTO_BYTES) return best;
    }
    if (width <= MIN_PHOTO_WIDTH) return best;
  }
}

/** Checks and, where it is larger than the size docs/data.md asks, resizes the chosen file. */
export async function preparePhoto(file: Blob): Promise<PreparedPhoto | { refused: PhotoRefusal }> {
  if (file.size > MAX_PHOTO_BYTES) return { refused: { reason: 'tooLarge' } };
  const type = photoType(new Uint8Array(await file.slice(0, 16).arrayBuffer()));
  if (!type) return { refused: { reason: 'type' } };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { refused: { reason: 'unreadable' } };
  }
  const { width, height } = bitmap;
  if (width < MIN_PHOTO_WIDTH) {
    bitmap.close();
    return { refused: { reason: 'tooSmall', width } };
  }
  const size = photoSize(width, height);
  if (size.width === width && file.size <= PHOTO_BYTES) {
    bitmap.close();
    const extension = type === 'jpeg' ? 'jpg' : type;
    return { photo: file, extension, ...size, resized: false };
  }
  const light = await lightEnough(bitmap, size);
  bitmap.close();
  if (!light) return { refused: { reason: 'unreadable' } };
  return { ...light, extension: 'jpg', resized: true };
}

/** A free name for the space's next photo: `omero-15-foto-2.jpg`. */
export function photoFileName(
  spaceId: string,
  taken: readonly string[],
  extension: string,
): string {
  for (let n = 1; ; n += 1) {
    const name = `${spaceId}-foto-${n}.${extension}`;
    if (!taken.includes(name)) return name;
  }
}

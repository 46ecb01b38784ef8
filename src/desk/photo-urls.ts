/** The photos added on the desk, read from its storage: as files, and as addresses to show them. */
import { useEffect, useState } from 'react';
import { keptPhoto } from './desk-storage.ts';

/** Each file's photo, once read from the desk's storage (a photo that cannot be read is left out). */
export function usePhotoFiles(files: readonly string[]): Record<string, Blob> {
  const [photos, setPhotos] = useState<Record<string, Blob>>({});
  const key = files.join('\n');
  useEffect(() => {
    let gone = false;
    const wanted = key ? key.split('\n') : [];
    void Promise.all(
      wanted.map(async (file) => [file, await keptPhoto(file).catch(() => null)] as const),
    ).then((found) => {
      if (!gone)
        setPhotos(Object.fromEntries(found.filter((entry): entry is [string, Blob] => !!entry[1])));
    });
    return () => {
      gone = true;
    };
  }, [key]);
  return photos;
}

/** Each file's address for a picture, while the component that asked shows it. */
export function usePhotoUrls(files: readonly string[]): Record<string, string> {
  const [urls, setUrls] = useState<Record<string, string>>({});
  const key = files.join('\n');
  useEffect(() => {
    let gone = false;
    const made: string[] = [];
    const wanted = key ? key.split('\n') : [];
    void Promise.all(
      wanted.map(async (file) => [file, await keptPhoto(file).catch(() => null)] as const),
    ).then((found) => {
      if (gone) return;
      const next: Record<string, string> = {};
      for (const [file, photo] of found) {
        if (!photo) continue;
        next[file] = URL.createObjectURL(photo);
        made.push(next[file]);
      }
      setUrls(next);
    });
    return () => {
      gone = true;
      made.forEach((url) => URL.revokeObjectURL(url));
    };
  }, [key]);
  return urls;
}

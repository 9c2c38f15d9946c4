/** An image export unpacked in a directory: an OCI layout, or an extracted `docker save`. */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ImageSourceError } from './errors';
import type { ImageFiles } from './imageStore';
import { READ_CHUNK, readLayerBlob } from './tarEntries';

export function directoryFiles(root: string, name: string): ImageFiles {
  const text = async (path: string): Promise<string> => {
    try {
      return await readFile(join(root, path), 'utf8');
    } catch {
      throw new ImageSourceError(`${name} has no readable ${path}`);
    }
  };
  return {
    name,
    has: async (path) => stat(join(root, path)).then((s) => s.isFile(), () => false),
    readText: text,
    readJson: async (path) => {
      const content = await text(path);
      try {
        return JSON.parse(content) as unknown;
      } catch {
        throw new ImageSourceError(`${name}: ${path} is not valid JSON`);
      }
    },
    readLayer: async (path) => {
      const full = join(root, path);
      if (!(await stat(full).then((s) => s.isFile(), () => false))) throw new ImageSourceError(`${name} has no layer blob ${path}`);
      return readLayerBlob(createReadStream(full, { highWaterMark: READ_CHUNK }), `${name}: layer ${path}`);
    },
  };
}

/** The shared corpus of real Dockerfiles, read once. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CORPUS } from '../support/paths';

export interface CorpusFile {
  readonly name: string;
  readonly text: string;
}

let cached: CorpusFile[] | undefined;

/** Every Dockerfile of the corpus (the SOURCES.tsv index is not one), sorted by name for stable seeds. */
export function loadCorpus(): CorpusFile[] {
  cached ??= fs
    .readdirSync(CORPUS)
    .filter((name) => !name.endsWith('.tsv') && !name.endsWith('.md'))
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(CORPUS, name), 'utf8') }));
  return cached;
}

/** Links from image references (FROM, COPY --from, --mount=from, `# syntax=`) to their registry pages. */
import type { Analysis } from '../analysis';
import { expandVariables } from '../model';
import type { Span } from '../syntax';
import { mountFields } from './symbolIndex';

export interface DocumentLink {
  readonly span: Span;
  readonly url: string;
  readonly tooltip: string;
}

export function documentLinks(analysis: Analysis): DocumentLink[] {
  const { tree, image, text } = analysis;
  const links: DocumentLink[] = [];
  const names = new Set(image.stages.map((s) => s.name?.toLowerCase()).filter((n): n is string => !!n));
  const globals = image.globalDefaults;
  const add = (reference: string, span: Span) => {
    const resolved = expandVariables(reference, globals);
    if (!resolved || names.has(resolved.toLowerCase()) || /^\d+$/.test(resolved)) return;
    const url = imagePageUrl(resolved);
    if (url) links.push({ span, url, tooltip: `Open ${imageName(resolved)} in its registry` });
  };
  const syntax = tree.directives.find((d) => d.name === 'syntax');
  if (syntax) add(syntax.value, syntax.valueSpan);
  for (const stage of image.stages) {
    const word = stage.from.words[0];
    if (word && stage.baseStage === null && word.value.toLowerCase() !== 'scratch') add(word.value, word.span);
    for (const step of stage.steps) {
      if (step.onbuild) continue;
      for (const flag of step.instruction.flags) {
        const name = flag.name.toLowerCase();
        if (name === 'from' && flag.valueSpan && flag.value && text.slice(flag.valueSpan.start, flag.valueSpan.end) === flag.value) add(flag.value, flag.valueSpan);
        if (name === 'mount' && flag.valueSpan) for (const f of mountFields(text, flag.valueSpan)) if (f.key.toLowerCase() === 'from') add(f.value, f.valueSpan);
      }
    }
  }
  return links;
}

/** The repository part of a reference: no tag or digest. */
function imageName(reference: string): string {
  const noDigest = reference.split('@')[0];
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return colon > slash ? noDigest.slice(0, colon) : noDigest;
}

/** Web page of an image reference, for the registries whose page layout is known; null otherwise. */
export function imagePageUrl(reference: string): string | null {
  if (reference.includes('$') || /\s/.test(reference)) return null;
  const name = imageName(reference);
  const parts = name.split('/');
  const first = parts[0];
  const hasRegistry = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const registry = hasRegistry ? first.toLowerCase() : 'docker.io';
  const path = (hasRegistry ? parts.slice(1) : parts).join('/');
  if (!path || !/^[a-z0-9][a-z0-9._/-]*$/.test(path)) return null;
  switch (registry) {
    case 'docker.io':
    case 'index.docker.io':
    case 'registry-1.docker.io': {
      const repo = path.startsWith('library/') ? path.slice('library/'.length) : path;
      return repo.includes('/') ? `https://hub.docker.com/r/${repo}` : `https://hub.docker.com/_/${repo}`;
    }
    case 'ghcr.io':
      return `https://ghcr.io/${path}`;
    case 'quay.io':
      return `https://quay.io/repository/${path}`;
    case 'mcr.microsoft.com':
      return `https://mcr.microsoft.com/artifact/mar/${path}`;
    case 'gcr.io':
    case 'us.gcr.io':
    case 'eu.gcr.io':
    case 'asia.gcr.io': {
      const [project, ...rest] = path.split('/');
      return rest.length > 0 ? `https://console.cloud.google.com/gcr/images/${project}/global/${rest.join('/')}` : null;
    }
    case 'public.ecr.aws':
      return `https://gallery.ecr.aws/${path}`;
    case 'registry.k8s.io':
      return null;
    default:
      return null;
  }
}

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/paths';

interface Manifest {
  icon: string;
  license: string;
  repository: { url: string };
  galleryBanner: { color: string };
  activationEvents: string[];
  contributes: {
    configuration: { properties: Record<string, { markdownDescription?: string; description?: string }> };
    walkthroughs: { steps: { media: { markdown?: string } }[] }[];
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;

describe('extension manifest (package.json)', () => {
  it('documents every setting with a markdownDescription', () => {
    const settings = Object.entries(manifest.contributes.configuration.properties);
    assert.ok(settings.length >= 3);
    const undocumented = settings.filter(([, s]) => !s.markdownDescription || s.markdownDescription.trim().length < 10).map(([k]) => k);
    assert.deepEqual(undocumented, []);
  });

  it('activates only on Dockerfiles (and to restore its own layer view panel)', () => {
    assert.ok(manifest.activationEvents.includes('onLanguage:dockerfile'));
    const others = manifest.activationEvents.filter((e) => e !== 'onLanguage:dockerfile' && !e.startsWith('onWebviewPanel:layerwise.'));
    assert.deepEqual(others, []);
  });

  it('has a 128×128 PNG icon, a license file, a repository and a gallery banner', () => {
    const png = fs.readFileSync(path.join(REPO_ROOT, manifest.icon));
    assert.equal(png.toString('latin1', 1, 4), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
    assert.equal(manifest.license, 'MIT');
    assert.match(fs.readFileSync(path.join(REPO_ROOT, 'LICENSE'), 'utf8'), /^MIT License/);
    assert.match(manifest.repository.url, /^https:\/\//);
    assert.match(manifest.galleryBanner.color, /^#[0-9a-f]{6}$/i);
  });

  it('ships the markdown of every walkthrough step', () => {
    const steps = manifest.contributes.walkthroughs.flatMap((w) => w.steps);
    assert.ok(steps.length >= 3);
    for (const step of steps) assert.ok(step.media.markdown && fs.existsSync(path.join(REPO_ROOT, step.media.markdown)), step.media.markdown);
  });
});

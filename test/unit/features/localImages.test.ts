import * as assert from 'node:assert/strict';
import { toLocalImages } from '../../../server/src/lsp/image';

describe('layerwise/listImages: GET /images/json → LocalImage[]', () => {
  it('keeps id, real tags, size and creation time, newest first, and drops malformed rows', () => {
    const answer = [
      { Id: 'sha256:old', RepoTags: ['app:1'], Size: 100, Created: 10 },
      { Id: 'sha256:dangling', RepoTags: ['<none>:<none>'], Size: 5, Created: 30 },
      { Id: 'sha256:new', RepoTags: null, Size: 7, Created: 20 },
      { RepoTags: ['no-id:1'] },
      'junk',
    ];
    assert.deepEqual(toLocalImages(answer), [
      { id: 'sha256:dangling', tags: [], size: 5, created: 30 },
      { id: 'sha256:new', tags: [], size: 7, created: 20 },
      { id: 'sha256:old', tags: ['app:1'], size: 100, created: 10 },
    ]);
  });

  it('answers an empty list for anything but an array', () => {
    assert.deepEqual(toLocalImages({ message: 'x' }), []);
    assert.deepEqual(toLocalImages(null), []);
  });
});

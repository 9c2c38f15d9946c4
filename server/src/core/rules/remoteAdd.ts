import type { Rule } from './rule';
import { layerName } from './shared/runScripts';

export const remoteAdd: Rule = {
  id: 'remote-add',
  aliases: [],
  severity: 'info',
  category: 'layers',
  docs: 'docs/rules/remote-add.md',
  tier: 2,
  description: '`ADD https://…`: a download in a layer of its own that later steps cannot shrink.',
  check({ analysis, report }) {
    for (const stage of analysis.image.stages) {
      for (const step of stage.steps) {
        const add = step.instruction;
        if (step.onbuild || add.kind !== 'ADD') continue;
        const sources = add.json ? add.json.elements.slice(0, -1) : add.words.slice(0, -1);
        const url = sources.find((s) => /^["']?https?:\/\//i.test(s.value));
        if (!url) continue;
        const checksum = add.flags.some((f) => f.name.toLowerCase() === 'checksum');
        report({
          message: `ADD downloads into ${layerName(step)} of its own: if you unpack or trim it later, the original still ships in this layer.${checksum ? '' : ' Without --checksum=sha256:… the download is not pinned either.'} Fetch, unpack and delete inside one RUN, or keep ADD with --checksum when the file ships as is.`,
          span: url.span,
        });
      }
    }
  },
};

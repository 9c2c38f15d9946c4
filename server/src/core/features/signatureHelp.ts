/** Signature help: the argument forms of the instruction under the cursor (shell vs exec) and the active part. */
import type { Analysis } from '../analysis';
import type { Instruction } from '../syntax';
import type { KnownKind } from './completionData';
import { INSTRUCTION_DOCS } from '../docs';
import { instructionAtOrContinued } from './locate';

type Role = 'options' | 'word' | 'rest' | 'source' | 'dest';

interface ParamSpec {
  readonly label: string;
  readonly role: Role;
  readonly doc: string;
}

interface FormSpec {
  readonly form: 'shell' | 'exec';
  readonly label: string;
  readonly params: readonly ParamSpec[];
}

export interface SignatureParameter {
  /** Offsets into the signature label. */
  readonly label: readonly [number, number];
  readonly documentation: string;
}

export interface Signature {
  readonly label: string;
  readonly documentation: string;
  readonly form: 'shell' | 'exec';
  readonly parameters: readonly SignatureParameter[];
}

export interface SignatureHelp {
  readonly signatures: readonly Signature[];
  readonly activeSignature: number;
  readonly activeParameter: number;
}

const p = (label: string, role: Role, doc: string): ParamSpec => ({ label, role, doc });
const COMMAND = p('<command>', 'rest', 'Shell form: run with the SHELL (default `/bin/sh -c`), so variables, pipes and `&&` work.');
const EXECUTABLE = p('"<executable>"', 'word', 'Exec form: the program, run directly without a shell (no variable expansion).');
const PARAMS = p('"<param>", …', 'rest', 'Arguments passed to the program as they are.');
const SHELL_PARAMS = p('<param>…', 'rest', 'Arguments of the command.');

const FORMS: Record<KnownKind, readonly FormSpec[]> = {
  FROM: [{ form: 'shell', label: 'FROM [--platform=<platform>] <image> [AS <name>]', params: [p('[--platform=<platform>]', 'options', 'Platform of the base image.'), p('<image>', 'word', 'Base image (`name[:tag][@digest]`), an earlier stage name, or `scratch`.'), p('[AS <name>]', 'rest', 'Names the stage for `COPY --from`, `FROM <name>` and `--target`.')] }],
  RUN: [
    { form: 'shell', label: 'RUN [--mount=…] [--network=…] [--security=…] <command>', params: [p('[--mount=…] [--network=…] [--security=…]', 'options', 'Mounts (cache, secret, ssh, bind, tmpfs), network and security mode of the command.'), COMMAND] },
    { form: 'exec', label: 'RUN [--mount=…] ["<executable>", "<param>", …]', params: [p('[--mount=…]', 'options', 'Mounts for the command.'), EXECUTABLE, PARAMS] },
  ],
  CMD: [
    { form: 'exec', label: 'CMD ["<executable>", "<param>", …]', params: [EXECUTABLE, PARAMS] },
    { form: 'shell', label: 'CMD <command> <param>…', params: [p('<command>', 'word', 'Run with `/bin/sh -c`: the shell is PID 1 and signals may not reach the program.'), SHELL_PARAMS] },
  ],
  ENTRYPOINT: [
    { form: 'exec', label: 'ENTRYPOINT ["<executable>", "<param>", …]', params: [EXECUTABLE, PARAMS] },
    { form: 'shell', label: 'ENTRYPOINT <command> <param>…', params: [p('<command>', 'word', 'Run with `/bin/sh -c`: CMD and `docker run` arguments are ignored.'), SHELL_PARAMS] },
  ],
  SHELL: [{ form: 'exec', label: 'SHELL ["<executable>", "<param>", …]', params: [p('"<executable>"', 'word', 'The shell program, e.g. `/bin/bash`.'), p('"<param>", …', 'rest', 'Its arguments, e.g. `-o pipefail -c`.')] }],
  COPY: [
    { form: 'shell', label: 'COPY [--from=…] [--chown=…] [--chmod=…] [--link] <src>… <dest>', params: [p('[--from=…] [--chown=…] [--chmod=…] [--link]', 'options', 'Source stage or image, ownership, permissions, independent layer.'), p('<src>…', 'source', 'Files or directories of the build context (or of `--from`); wildcards allowed.'), p('<dest>', 'dest', 'Destination in the image; a trailing `/` means a directory.')] },
    { form: 'exec', label: 'COPY [--from=…] ["<src>", …, "<dest>"]', params: [p('[--from=…]', 'options', 'Source stage or image.'), p('"<src>", …', 'source', 'Sources (this form allows spaces in paths).'), p('"<dest>"', 'dest', 'Destination in the image.')] },
  ],
  ADD: [
    { form: 'shell', label: 'ADD [--chown=…] [--chmod=…] [--checksum=…] [--link] <src>… <dest>', params: [p('[--chown=…] [--chmod=…] [--checksum=…] [--link]', 'options', 'Ownership, permissions, expected checksum of a URL, independent layer.'), p('<src>…', 'source', 'Local files, URLs or git repositories; local tar archives are unpacked.'), p('<dest>', 'dest', 'Destination in the image.')] },
    { form: 'exec', label: 'ADD [--chown=…] ["<src>", …, "<dest>"]', params: [p('[--chown=…]', 'options', 'Ownership of the added files.'), p('"<src>", …', 'source', 'Sources.'), p('"<dest>"', 'dest', 'Destination in the image.')] },
  ],
  ENV: [{ form: 'shell', label: 'ENV <key>=<value> …', params: [p('<key>=<value> …', 'rest', 'Variables for later instructions and for containers; quote values with spaces.')] }],
  ARG: [{ form: 'shell', label: 'ARG <name>[=<default>] …', params: [p('<name>[=<default>] …', 'rest', 'Build arguments, settable with `--build-arg`.')] }],
  LABEL: [{ form: 'shell', label: 'LABEL <key>=<value> …', params: [p('<key>=<value> …', 'rest', 'Metadata pairs; quote values with spaces.')] }],
  EXPOSE: [{ form: 'shell', label: 'EXPOSE <port>[/<protocol>] …', params: [p('<port>[/<protocol>] …', 'rest', 'Ports the program listens on (`tcp` by default, or `udp`).')] }],
  USER: [{ form: 'shell', label: 'USER <user>[:<group>]', params: [p('<user>[:<group>]', 'word', 'Name or UID, optionally with a group.')] }],
  WORKDIR: [{ form: 'shell', label: 'WORKDIR <path>', params: [p('<path>', 'rest', 'Directory for later instructions and the container; relative paths build on the previous WORKDIR.')] }],
  VOLUME: [
    { form: 'shell', label: 'VOLUME <path> …', params: [p('<path> …', 'rest', 'Mount points.')] },
    { form: 'exec', label: 'VOLUME ["<path>", …]', params: [p('"<path>", …', 'rest', 'Mount points.')] },
  ],
  STOPSIGNAL: [{ form: 'shell', label: 'STOPSIGNAL <signal>', params: [p('<signal>', 'word', 'Name (`SIGTERM`) or number.')] }],
  HEALTHCHECK: [
    { form: 'shell', label: 'HEALTHCHECK [--interval=…] [--timeout=…] [--start-period=…] [--retries=…] CMD <command>', params: [p('[--interval=…] [--timeout=…] [--start-period=…] [--retries=…]', 'options', 'Timing and retries of the check.'), p('CMD', 'word', '`CMD` introduces the check, or `NONE` disables an inherited one.'), p('<command>', 'rest', 'Exit 0: healthy, 1: unhealthy.')] },
    { form: 'exec', label: 'HEALTHCHECK [options] CMD ["<executable>", "<param>", …]', params: [p('[options]', 'options', 'Timing and retries of the check.'), p('CMD', 'word', 'Introduces the check.'), p('["<executable>", "<param>", …]', 'rest', 'The check in exec form.')] },
  ],
  ONBUILD: [{ form: 'shell', label: 'ONBUILD <instruction>', params: [p('<instruction>', 'rest', 'An instruction run later, in builds that use this image as their base.')] }],
  MAINTAINER: [{ form: 'shell', label: 'MAINTAINER <name>', params: [p('<name>', 'rest', 'Deprecated: use `LABEL org.opencontainers.image.authors=…`.')] }],
};

export function signatureHelpAt(analysis: Analysis, offset: number): SignatureHelp | null {
  let instruction = instructionAtOrContinued(analysis, offset);
  if (!instruction || offset <= instruction.keywordSpan.end) return null;
  if (instruction.trigger && offset > instruction.trigger.keywordSpan.end) instruction = instruction.trigger;
  if (instruction.kind === 'UNKNOWN') return null;
  if (instruction.heredocs.some((h) => offset >= h.bodySpan.start)) return null;
  const kind = instruction.kind;
  const forms = FORMS[kind];
  const exec = instruction.json !== null || /^\[/.test(afterType(instruction));
  let active = forms.findIndex((f) => f.form === (exec ? 'exec' : 'shell'));
  if (active < 0) active = 0;
  const signatures = forms.map((form) => toSignature(kind, form));
  return { signatures, activeSignature: active, activeParameter: activeParameter(analysis, instruction, forms[active], offset) };
}

function afterType(instruction: Instruction): string {
  const text = instruction.args.text;
  return instruction.kind === 'HEALTHCHECK' ? text.replace(/^\S+\s*/, '') : text;
}

function toSignature(kind: KnownKind, form: FormSpec): Signature {
  let from = 0;
  const parameters = form.params.map((param) => {
    const start = form.label.indexOf(param.label, from);
    from = start + param.label.length;
    return { label: [start, start + param.label.length] as const, documentation: param.doc };
  });
  const doc = INSTRUCTION_DOCS[kind];
  const formText = form.form === 'exec' ? 'Exec (JSON) form.' : 'Shell form.';
  return { label: form.label, documentation: `${formText} ${firstSentence(doc.summary)}\n\n**Layer:** ${firstSentence(doc.layerEffect)}`, form: form.form, parameters };
}

function activeParameter(analysis: Analysis, instruction: Instruction, form: FormSpec, offset: number): number {
  const options = form.params.findIndex((param) => param.role === 'options');
  const firstWord = instruction.words[0];
  if (options >= 0 && (!firstWord || offset < firstWord.span.start)) {
    let tokenStart = offset;
    while (tokenStart > instruction.keywordSpan.end && !/\s/.test(analysis.text[tokenStart - 1])) tokenStart--;
    if (instruction.flags.some((f) => f.span.start <= offset && offset <= f.span.end) || analysis.text.startsWith('--', tokenStart) || instruction.args.text === '') return options;
  }
  const positional = form.params.map((param, index) => ({ param, index })).filter((x) => x.param.role !== 'options');
  let index: number;
  let count: number;
  if (form.form === 'exec' && instruction.kind !== 'HEALTHCHECK') {
    index = elementIndex(analysis.text, instruction, offset);
    count = instruction.json ? instruction.json.elements.length : index + 1;
  } else {
    index = instruction.words.filter((w) => w.span.end < offset).length;
    count = instruction.words.length;
  }
  let consumed = 0;
  for (const { param, index: at } of positional) {
    switch (param.role) {
      case 'source':
        if (index < Math.max(1, count - 1) || index === 0) return at;
        continue;
      case 'dest':
        return at;
      case 'word':
        if (index === consumed) return at;
        consumed++;
        continue;
      case 'rest':
      case 'options':
        return at;
    }
  }
  return positional.length > 0 ? positional[positional.length - 1].index : 0;
}

function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s|$)/s.exec(text);
  return match ? match[0] : text;
}

/** Index of the JSON element at the cursor: commas outside strings before it. */
function elementIndex(text: string, instruction: Instruction, offset: number): number {
  const start = text.indexOf('[', instruction.args.span.start);
  let index = 0;
  let inString = false;
  for (let i = start + 1; i >= 1 && i < offset; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') {
      inString = true;
    } else if (ch === ',') {
      index++;
    }
  }
  return index;
}

/** Renders our tree in the format of BuildKit's `Node.Dump()`, so conformance `result` files compare as text. */
import { splitBlank, type Instruction } from '../../../server/src/core/syntax';

export function dumpInstruction(instruction: Instruction): string {
  const parts = [instruction.keyword.toLowerCase()];
  if (instruction.flags.length > 0) {
    parts.push(`[${instruction.flags.map((f) => goQuote(`--${f.name}${f.value === null ? '' : `=${f.value}`}`)).join(' ')}]`);
  }
  for (const arg of dumpArgs(instruction)) parts.push(arg);
  return parts.join(' ');
}

function dumpArgs(instruction: Instruction): string[] {
  const args = instruction.args.text;
  const quoted = (values: readonly string[]) => values.map(goQuote);
  const json = instruction.json ? quoted(instruction.json.elements.map((e) => e.value)) : null;
  switch (instruction.kind) {
    case 'ADD':
    case 'COPY':
    case 'VOLUME':
      return json ?? quoted(args ? splitBlank(instruction.args).map((w) => w.value) : []);
    case 'ARG':
      return quoted(instruction.words.map((w) => w.value));
    case 'CMD':
    case 'ENTRYPOINT':
    case 'RUN':
    case 'SHELL':
      return json ?? (args ? [goQuote(args)] : []);
    case 'ENV':
    case 'LABEL':
      return instruction.pairs.flatMap((p) => quoted([p.key, p.value ?? '', p.separator]));
    case 'EXPOSE':
    case 'FROM':
      return quoted(args ? splitBlank(instruction.args).map((w) => w.value) : []);
    case 'HEALTHCHECK': {
      if (!args) return [];
      const type = /^\S+/.exec(args)![0];
      const rest = args.slice(type.length).trimStart();
      return [goQuote(type), ...(json ?? (rest ? [goQuote(rest)] : []))];
    }
    case 'MAINTAINER':
    case 'STOPSIGNAL':
    case 'USER':
    case 'WORKDIR':
      return args ? [goQuote(args)] : [];
    case 'ONBUILD':
      return instruction.trigger ? [`(${dumpInstruction(instruction.trigger)})`] : [];
    case 'UNKNOWN':
      return ['""'];
  }
}

/** Go's strconv.Quote. */
export function goQuote(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    switch (ch) {
      case '"': out += '\\"'; break;
      case '\\': out += '\\\\'; break;
      case '\x07': out += '\\a'; break;
      case '\b': out += '\\b'; break;
      case '\f': out += '\\f'; break;
      case '\n': out += '\\n'; break;
      case '\r': out += '\\r'; break;
      case '\t': out += '\\t'; break;
      case '\v': out += '\\v'; break;
      default:
        if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
        else if (code >= 0x80 && code < 0xa0) out += `\\u${code.toString(16).padStart(4, '0')}`;
        else out += ch;
    }
  }
  return out + '"';
}

#!/usr/bin/env node
// Generates dockerfile.tmLanguage.json. The grammar exists twice, once per escape character (`\` and, after a
// top-of-file `# escape=\``, the backtick), because TextMate rules cannot take the escape character as a
// parameter. Run `node syntaxes/build-grammar.mjs` after editing; `--check` fails when the JSON is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('./dockerfile.tmLanguage.json', import.meta.url));
const S = '.dockerfile';

const INSTRUCTIONS = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
];
/** Instructions whose arguments embed `source.shell` (ONBUILD may hold one of them). */
const SHELL_EMBEDDING = new Set(['CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'ONBUILD', 'RUN']);
const DIRECTIVE_NAMES = '(?i:syntax|escape|check)';

/** An instruction ends at a line end unless that line ends with the escape character. */
const END = String.raw`(?!^)(?=\r?\n)`;
/** A heredoc delimiter word: digits, letters, `_`, `.`, `-`. */
const WORD = String.raw`[A-Za-z0-9_][A-Za-z0-9_.-]*`;
/** Regex backreference `\n`. */
const backref = (n) => `\\${n}`;
/** `<<EOF`, `<<-EOF`, `<<"EOF"`, `<<'EOF'`, `<<\EOF`, `3<<EOF` as one whitespace-separated word. */
const markerAt = (q) => String.raw`(?<!\S)(\d*)(<<-?)(\\?)(["']?)(${WORD})(${backref(q)})(?![A-Za-z0-9_.-])`;
/** The same marker without quotes or a backslash; the empty groups keep the capture numbers. */
const unquotedMarkerAt = String.raw`(?<!\S)(\d*)(<<-?)()()(${WORD})()(?![A-Za-z0-9_.-])`;
const markerLookahead = (q) => String.raw`(?<!\S)\d*<<-?\\?(["']?)${WORD}${backref(q)}(?![A-Za-z0-9_.-])`;

const kw = (scope = `keyword.other.special-method${S}`) => ({ name: scope });

/** One copy of every rule that depends on the escape character; `sfx` tells the copies apart. */
function modeRules(mode) {
  const sfx = mode.suffix;
  const ref = (name) => ({ include: `#${name}${sfx}` });
  const esc = mode.escape; // regex for the escape character
  const escClass = mode.escapeClass; // the same inside a character class
  const instructionBegin = (keywords) =>
    String.raw`(?:^|\G)[ \t]*((?i:${keywords}))(?=[\s${escClass}])`;

  /** An instruction: keyword, then flags, then its arguments (a nested rule, so flags stop at the first argument). */
  const instruction = (keyword, args, options = {}) => ({
    name: `meta.instruction.${keyword.toLowerCase()}${S}`,
    begin: instructionBegin(keyword),
    beginCaptures: { 1: kw() },
    end: END,
    patterns: [ref('continuation'), ...(options.flags ? [ref('flag')] : []), ...args],
  });

  /** Arguments start at the first non-blank character that is not a flag. */
  const args = (name, patterns) => ({
    name: `meta.arguments${name ? `.${name}` : ''}${S}`,
    begin: String.raw`(?=\S)`,
    end: END,
    patterns: [ref('continuation'), ...patterns],
  });

  const flagValueRest = String.raw`(?:[^\s"'${escClass}]|"(?:[^"${escClass}]|${esc}.)*"|'[^']*'|${esc}.)*`;

  const heredocs = (body) => [
    ref(`heredoc-3-${body}`),
    ref(`heredoc-2-${body}`),
    ref(`heredoc-1-${body}`),
  ];

  const rules = {
    [`continuation${sfx}`]: {
      patterns: [
        {
          // A doubled escape character at the end of a line is an escaped escape, not a continuation.
          match: String.raw`(?<!${esc})(${esc})[ \t]*\r?\n`,
          captures: { 1: { name: `constant.character.escape.line-continuation${S}` } },
        },
        { include: '#continuation-lines' },
      ],
    },

    // Top level: instructions that embed the shell grammar are wrapped in a guard (the `guarded-*` rules below).
    [`main${sfx}`]: {
      patterns: [
        ref('comment'),
        ...INSTRUCTIONS.map((k) => ref(`${SHELL_EMBEDDING.has(k) ? 'guarded' : 'instruction'}-${k.toLowerCase()}`)),
      ],
    },

    [`main-plain${sfx}`]: {
      patterns: [ref('comment'), ...INSTRUCTIONS.map((k) => ref(`instruction-${k.toLowerCase()}`))],
    },

    ...Object.fromEntries([...SHELL_EMBEDDING].map((k) => [`guarded-${k.toLowerCase()}${sfx}`, {
      // The embedded shell grammar can leave a construct open (`if`/`fi` split by continuations confuses it),
      // and an open inner rule would swallow the rest of the file. A `while` rule is checked before any inner
      // rule at every line start, so a line starting with an upper-case instruction keyword always closes the
      // instruction (HEALTHCHECK keeps its own `CMD` line).
      begin: String.raw`(?=^[ \t]*(?i:${k})(?=[\s${escClass}]))`,
      while: String.raw`^(?![ \t]*(?:${INSTRUCTIONS.filter((i) => k !== 'HEALTHCHECK' || i !== 'CMD').join('|')})(?=[ \t]|\r?$))`,
      patterns: [ref(`instruction-${k.toLowerCase()}`), ref('main-plain')],
    }])),

    [`comment${sfx}`]: {
      match: String.raw`^[ \t]*(#).*$`,
      name: `comment.line.number-sign${S}`,
      captures: { 1: { name: `punctuation.definition.comment${S}` } },
    },

    [`instruction-onbuild${sfx}`]: {
      name: `meta.instruction.onbuild${S}`,
      begin: instructionBegin('ONBUILD'),
      beginCaptures: { 1: kw(`keyword.other.special-method.onbuild${S}`) },
      end: END,
      patterns: [
        ref('continuation'),
        {
          name: `meta.onbuild-trigger${S}`,
          begin: String.raw`(?=\S)`,
          end: END,
          patterns: [
            ref('continuation'),
            ...INSTRUCTIONS.filter((k) => k !== 'ONBUILD').map((k) => ref(`instruction-${k.toLowerCase()}`)),
          ],
        },
      ],
    },

    [`flag${sfx}`]: {
      match: String.raw`(?<!\S)(--)([A-Za-z][A-Za-z0-9-]*)(?:(=)(${flagValueRest}))?`,
      name: `meta.flag${S}`,
      captures: {
        1: { name: `punctuation.definition.flag${S}` },
        2: { name: `entity.other.attribute-name.flag${S}` },
        3: { name: `keyword.operator.assignment${S}` },
        4: { name: `string.unquoted.flag-value${S}`, patterns: [ref('flag-value')] },
      },
    },

    [`flag-value${sfx}`]: {
      patterns: [
        {
          // key=value lists such as --mount=type=cache,target=/root/.cache
          match: String.raw`(?<=[=,])([A-Za-z][A-Za-z0-9_-]*)(=)([^,]*)`,
          captures: {
            1: { name: `entity.other.attribute-name.option${S}` },
            2: { name: `keyword.operator.assignment${S}` },
            3: { name: `string.unquoted.option-value${S}`, patterns: [ref('flag-value-atom')] },
          },
        },
        { match: ',', name: `punctuation.separator.option${S}` },
        ref('flag-value-atom'),
      ],
    },

    [`flag-value-atom${sfx}`]: {
      patterns: [
        {
          match: String.raw`(?<![\w.])(?:\d+(?:\.\d+)?(?:ns|us|µs|μs|ms|s|m|h))+(?![\w.])`,
          name: `constant.numeric.duration${S}`,
        },
        { match: String.raw`(?<![\w.:/-])\d+(?![\w.:/-])`, name: `constant.numeric.integer${S}` },
        { match: String.raw`(?<![\w.-])(?i:true|false)(?![\w.-])`, name: `constant.language.boolean${S}` },
        ref('double-string'),
        ref('single-string'),
        ref('variable'),
      ],
    },

    // FROM [--platform=..] image[:tag][@digest] [AS name]
    [`instruction-from${sfx}`]: instruction('FROM', [
      args('from', [
        {
          match: String.raw`\G((?:\$\{[^}\s]*\}|\$|[^\s:@$${escClass}]|:(?=\d+/))+)(?:(:)((?:\$\{[^}\s]*\}|\$|[^\s@$${escClass}])+))?(?:(@)([^\s${escClass}]+))?`,
          captures: {
            1: { name: `entity.name.type.image${S}`, patterns: [ref('variable')] },
            2: { name: `punctuation.separator.tag${S}` },
            3: { name: `constant.other.tag${S}`, patterns: [ref('variable')] },
            4: { name: `punctuation.separator.digest${S}` },
            5: { name: `constant.other.digest${S}`, patterns: [ref('variable')] },
          },
        },
        {
          match: String.raw`(?<!\S)((?i:AS))(?:[ \t]+([^\s${escClass}]+))?`,
          captures: {
            1: { name: `keyword.other.as${S}` },
            2: { name: `entity.name.stage${S}` },
          },
        },
        ref('variable'),
      ]),
    ], { flags: true }),

    [`instruction-run${sfx}`]: instruction('RUN', [ref('command-json'), ref('command-shell')], { flags: true }),
    [`instruction-cmd${sfx}`]: instruction('CMD', [ref('command-json'), ref('command-shell')]),
    [`instruction-entrypoint${sfx}`]: instruction('ENTRYPOINT', [ref('command-json'), ref('command-shell')]),
    [`instruction-shell${sfx}`]: instruction('SHELL', [ref('command-json'), args('', [ref('word-args')])]),

    [`instruction-healthcheck${sfx}`]: instruction('HEALTHCHECK', [
      {
        match: String.raw`(?<!\S)(?i:(NONE))(?![\w-])`,
        captures: { 1: { name: `keyword.other.special-method.healthcheck-none${S}` } },
      },
      {
        name: `meta.healthcheck-command${S}`,
        begin: String.raw`(?<!\S)((?i:CMD))(?=[\s${escClass}])`,
        beginCaptures: { 1: kw() },
        end: END,
        patterns: [ref('continuation'), ref('command-json'), ref('command-shell')],
      },
    ], { flags: true }),

    [`instruction-copy${sfx}`]: instruction('COPY', [ref('json-array'), args('', [...heredocs('text'), ref('word-args')])], { flags: true }),
    [`instruction-add${sfx}`]: instruction('ADD', [ref('json-array'), args('', [...heredocs('text'), ref('word-args')])], { flags: true }),
    [`instruction-volume${sfx}`]: instruction('VOLUME', [ref('json-array'), args('', [ref('word-args')])]),
    [`instruction-workdir${sfx}`]: instruction('WORKDIR', [args('', [ref('word-args')])]),
    [`instruction-user${sfx}`]: instruction('USER', [args('', [ref('word-args')])]),
    [`instruction-stopsignal${sfx}`]: instruction('STOPSIGNAL', [args('', [ref('word-args')])]),
    [`instruction-maintainer${sfx}`]: instruction('MAINTAINER', [args('', [ref('word-args')])]),
    [`instruction-expose${sfx}`]: instruction('EXPOSE', [
      args('', [
        {
          match: String.raw`(?<!\S)(\d+(?:-\d+)?)(?:(/)((?i:tcp|udp|sctp)))?(?=\s)`,
          captures: {
            1: { name: `constant.numeric.port${S}` },
            2: { name: `punctuation.separator.protocol${S}` },
            3: { name: `constant.language.protocol${S}` },
          },
        },
        ref('word-args'),
      ]),
    ]),
    [`instruction-env${sfx}`]: instruction('ENV', [args('', [ref('legacy-key'), ref('key-value'), ref('word-args')])]),
    [`instruction-label${sfx}`]: instruction('LABEL', [args('', [ref('legacy-key-label'), ref('key-value-label'), ref('word-args')])]),
    [`instruction-arg${sfx}`]: instruction('ARG', [args('', [ref('key-value'), ref('arg-name'), ref('word-args')])]),

    // Exec form: a JSON array whose first element is a string. The builder does not expand variables here.
    [`command-json${sfx}`]: jsonArray(ref, String.raw`(?=\[[ \t]*(?:"(?:[^"\\]|\\.)*"[ \t]*(?:,|\]|${esc}?[ \t]*\r?$)|\][ \t]*\r?$))`, false),
    [`json-array${sfx}`]: jsonArray(ref, String.raw`(?=\[[ \t]*(?:"(?:[^"\\]|\\.)*"[ \t]*(?:,|\]|${esc}?[ \t]*\r?$)|\]))`, true),

    // Shell form: the text is handed to the shell (`/bin/sh -c` unless SHELL says otherwise).
    [`command-shell${sfx}`]: {
      name: `meta.embedded.block.shell`,
      begin: String.raw`(?=\S)`,
      end: END,
      patterns: [ref('continuation'), ...heredocs('shell'), { include: 'source.shell' }],
    },

    [`word-args${sfx}`]: {
      patterns: [ref('double-string'), ref('single-string'), ref('variable'), ref('escaped-char')],
    },

    [`escaped-char${sfx}`]: { match: String.raw`${esc}.`, name: `constant.character.escape${S}` },

    [`double-string${sfx}`]: {
      name: `string.quoted.double${S}`,
      begin: '"',
      beginCaptures: { 0: { name: `punctuation.definition.string.begin${S}` } },
      end: String.raw`"|${END}`,
      endCaptures: { 0: { name: `punctuation.definition.string.end${S}` } },
      patterns: [ref('continuation'), ref('escaped-char'), ref('variable')],
    },

    [`single-string${sfx}`]: {
      name: `string.quoted.single${S}`,
      begin: "'",
      beginCaptures: { 0: { name: `punctuation.definition.string.begin${S}` } },
      end: String.raw`'|${END}`,
      endCaptures: { 0: { name: `punctuation.definition.string.end${S}` } },
      patterns: [ref('continuation')],
    },

    [`variable${sfx}`]: {
      patterns: [
        { match: String.raw`${esc}\$`, name: `constant.character.escape${S}` },
        {
          match: String.raw`(\$)([A-Za-z_][A-Za-z0-9_]*)`,
          name: `variable.other${S}`,
          captures: { 1: { name: `punctuation.definition.variable${S}` } },
        },
        {
          name: `meta.interpolation.variable${S}`,
          begin: String.raw`(\$\{)([A-Za-z_][A-Za-z0-9_]*)(:?[-+?]|##?|%%?|//?)?`,
          beginCaptures: {
            1: { name: `punctuation.definition.variable.begin${S}` },
            2: { name: `variable.other${S}` },
            3: { name: `keyword.operator.variable-modifier${S}` },
          },
          end: String.raw`(\})|${END}`,
          endCaptures: { 1: { name: `punctuation.definition.variable.end${S}` } },
          contentName: `string.unquoted.variable-word${S}`,
          patterns: [ref('variable')],
        },
      ],
    },

    // ENV/ARG name=value; LABEL keys get their own scope (they are not variables).
    [`key-value${sfx}`]: keyValue(ref, `variable.other.definition${S}`, escClass),
    [`key-value-label${sfx}`]: keyValue(ref, `entity.other.attribute-name.label${S}`, escClass),
    [`arg-name${sfx}`]: {
      match: String.raw`(?<!\S)([A-Za-z_][A-Za-z0-9_]*)(?=[\s${escClass}])`,
      captures: { 1: { name: `variable.other.definition${S}` } },
    },
    // Legacy `ENV NAME value words`: the first word has no `=`.
    [`legacy-key${sfx}`]: {
      match: String.raw`\G([^\s="'${escClass}]+)(?=[ \t]+[^\s]|[ \t]*${esc}[ \t]*\r?$)`,
      captures: { 1: { name: `variable.other.definition${S}` } },
    },
    [`legacy-key-label${sfx}`]: {
      match: String.raw`\G([^\s="'${escClass}]+)(?=[ \t]+[^\s]|[ \t]*${esc}[ \t]*\r?$)`,
      captures: { 1: { name: `entity.other.attribute-name.label${S}` } },
    },
  };

  for (const body of ['shell', 'text']) Object.assign(rules, heredocRules(ref, sfx, body));
  return rules;
}

function jsonArray(ref, begin, expandVariables) {
  return {
    name: `meta.array.exec-form${S}`,
    begin: `${begin}(\\[)`,
    beginCaptures: { 1: { name: `punctuation.definition.array.begin${S}` } },
    end: String.raw`(\])|${END}`,
    endCaptures: { 1: { name: `punctuation.definition.array.end${S}` } },
    patterns: [
      ref('continuation'),
      {
        name: `string.quoted.double.json${S}`,
        begin: '"',
        beginCaptures: { 0: { name: `punctuation.definition.string.begin${S}` } },
        end: String.raw`"|${END}`,
        endCaptures: { 0: { name: `punctuation.definition.string.end${S}` } },
        patterns: [
          ref('continuation'),
          { match: String.raw`\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})`, name: `constant.character.escape.json${S}` },
          { match: String.raw`\\.`, name: `invalid.illegal.unrecognized-escape.json${S}` },
          ...(expandVariables ? [ref('variable')] : []),
        ],
      },
      { match: ',', name: `punctuation.separator.array${S}` },
    ],
  };
}

function keyValue(ref, keyScope, escClass) {
  return {
    name: `meta.key-value${S}`,
    begin: String.raw`(?<!\S)(?:(")([^"]*)(")|([^\s="'${escClass}]+))(=)`,
    beginCaptures: {
      1: { name: `punctuation.definition.string.begin${S}` },
      2: { name: keyScope },
      3: { name: `punctuation.definition.string.end${S}` },
      4: { name: keyScope },
      5: { name: `keyword.operator.assignment${S}` },
    },
    end: String.raw`(?=[ \t\r\n])`,
    patterns: [
      ref('continuation'),
      ref('double-string'),
      ref('single-string'),
      ref('variable'),
      ref('escaped-char'),
      { match: String.raw`[^\s"'$${escClass}]+`, name: `string.unquoted.value${S}` },
    ],
  };
}

/**
 * Heredocs: one rule per marker count on the instruction line (1..3). Bodies follow one another in marker
 * order, so a line with two markers opens an outer rule that ends at the second delimiter and, anchored at
 * the same place, an inner rule that ends at the first. Text bodies (COPY/ADD) expand variables unless the
 * delimiter is quoted, so those rules come in an unquoted flavour (listed first) and a general one.
 */
function heredocRules(ref, sfx, body) {
  const contentName = body === 'shell' ? 'meta.embedded.block.shell' : `string.unquoted.heredoc${S}`;
  const bodyPatterns = (unquoted) =>
    body === 'shell' ? [{ include: 'source.shell' }] : unquoted ? [ref('variable')] : [];
  const markerCaptures = (first) => ({
    [first]: { name: `constant.numeric.file-descriptor${S}` },
    [first + 1]: { name: `keyword.operator.heredoc${S}` },
    [first + 2]: { name: `punctuation.definition.string.begin${S}` },
    [first + 3]: { name: `punctuation.definition.string.begin${S}` },
    [first + 4]: { name: `entity.name.tag.heredoc-delimiter${S}` },
    [first + 5]: { name: `punctuation.definition.string.end${S}` },
  });
  const restOfLine = body === 'shell'
    ? [ref('heredoc-marker'), { include: 'source.shell' }]
    : [ref('heredoc-marker'), ref('word-args')];
  const delimiterEnd = (group) => String.raw`^\t*(${backref(group)})(?=[ \t]*\r?$)`;
  const endCaptures = { 1: { name: `entity.name.tag.heredoc-delimiter${S}` } };
  const one = (unquoted) => ({
    name: `meta.heredoc${S}`,
    begin: String.raw`${unquoted ? unquotedMarkerAt : markerAt(4)}(.*)`,
    beginCaptures: { ...markerCaptures(1), 7: { patterns: restOfLine } },
    end: delimiterEnd(5),
    endCaptures,
    contentName,
    patterns: bodyPatterns(unquoted),
  });
  // Outer rules start before the first marker without consuming it; the lookahead captures the last name.
  const outer = (count, unquoted) => {
    const skipped = Array.from({ length: count - 1 }, (_, i) => markerLookahead(i + 1)).join('.*?');
    const quote = unquoted ? '()' : String.raw`(["']?)`;
    const last = String.raw`(?<!\S)\d*<<-?${unquoted ? '' : String.raw`\\?`}${quote}(${WORD})${backref(count)}(?![A-Za-z0-9_.-])`;
    return {
      name: `meta.heredoc${S}`,
      begin: String.raw`(?=${skipped}.*?${last})`,
      end: delimiterEnd(count + 1),
      endCaptures,
      contentName,
      patterns: [{ include: `#heredoc-${count - 1}-${body}-anchored${sfx}` }, ...bodyPatterns(unquoted)],
    };
  };
  const anchored = (rule) => ({ ...rule, begin: `\\G${rule.begin}` });
  const both = (make) => ({ patterns: [make(true), make(false)] });
  return {
    [`heredoc-1-${body}${sfx}`]: both(one),
    [`heredoc-1-${body}-anchored${sfx}`]: both((u) => anchored(one(u))),
    [`heredoc-2-${body}${sfx}`]: both((u) => outer(2, u)),
    [`heredoc-2-${body}-anchored${sfx}`]: both((u) => anchored(outer(2, u))),
    [`heredoc-3-${body}${sfx}`]: both((u) => outer(3, u)),
    [`heredoc-marker${sfx}`]: {
      match: markerAt(4),
      captures: markerCaptures(1),
    },
  };
}

const directiveLine = {
  match: String.raw`^[ \t]*(#)[ \t]*(${DIRECTIVE_NAMES})[ \t]*(=)[ \t]*(.*?)[ \t]*\r?$`,
  name: `meta.directive${S}`,
  captures: {
    1: { name: `punctuation.definition.directive${S}` },
    2: { name: `keyword.control.directive${S}` },
    3: { name: `keyword.operator.assignment${S}` },
    4: { name: `string.unquoted.directive-value${S}` },
  },
};
const directiveAhead = String.raw`[ \t]*#[ \t]*${DIRECTIVE_NAMES}[ \t]*=`;

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Dockerfile',
  scopeName: 'source.dockerfile',
  comment: 'Generated by syntaxes/build-grammar.mjs; edit that file, not this one.',
  patterns: [{ include: '#directive-block' }, { include: '#main' }],
  // The builder drops comment lines inside a continued instruction before the shell sees the text, so that
  // rule must also win inside the embedded shell grammar's own strings and statements (heredoc bodies are
  // literal). The shell grammar handles `\`-newline itself, but knows nothing of a backtick escape.
  injections: {
    [`L:meta.embedded.block.shell - meta.heredoc${S} - meta.escape-backtick${S}`]: { patterns: [{ include: '#continuation-lines' }] },
    [`L:meta.escape-backtick${S} meta.embedded.block.shell - meta.heredoc${S}`]: { patterns: [{ include: '#continuation-backtick' }] },
  },
  repository: {
    // Parser directives are only read in the block of `# name=value` lines at the very top of the file.
    // Unnamed: when `escape=\`` is found, this rule stays open for the rest of the file.
    'directive-block': {
      begin: String.raw`\A(?=${directiveAhead})`,
      end: String.raw`^(?!${directiveAhead})`,
      patterns: [{ include: '#backtick-file' }, { include: '#directive' }],
    },
    directive: directiveLine,
    // Lines the builder drops inside a continued instruction: comment lines and (deprecated) empty lines.
    'continuation-lines': {
      patterns: [
        {
          match: String.raw`^[ \t]*(#).*\r?\n`,
          name: `comment.line.number-sign${S}`,
          captures: { 1: { name: `punctuation.definition.comment${S}` } },
        },
        { match: String.raw`^[ \t]*\r?\n`, name: `meta.empty-continuation-line${S}` },
      ],
    },
    // `# escape=\`` switches the rest of the file to the backtick copy of the grammar; the rule never ends.
    'backtick-file': {
      begin: String.raw`^[ \t]*(#)[ \t]*((?i:escape))[ \t]*(=)[ \t]*(\`)(?=[ \t]*\r?$)`,
      beginCaptures: {
        0: { name: `meta.directive${S}` },
        1: { name: `punctuation.definition.directive${S}` },
        2: { name: `keyword.control.directive${S}` },
        3: { name: `keyword.operator.assignment${S}` },
        4: { name: `string.unquoted.directive-value${S}` },
      },
      end: String.raw`(?!)`,
      contentName: `meta.escape-backtick${S}`,
      patterns: [
        {
          begin: String.raw`\G`,
          end: String.raw`^(?!${directiveAhead})`,
          patterns: [{ include: '#directive' }],
        },
        { include: '#main-backtick' },
      ],
    },
    ...modeRules({ suffix: '', escape: String.raw`\\`, escapeClass: String.raw`\\` }),
    ...modeRules({ suffix: '-backtick', escape: '`', escapeClass: '`' }),
  },
};

const text = `${JSON.stringify(grammar, null, 2)}\n`;
if (process.argv.includes('--check')) {
  if (readFileSync(OUT, 'utf8') !== text) {
    console.error('syntaxes/dockerfile.tmLanguage.json is stale: run node syntaxes/build-grammar.mjs');
    process.exit(1);
  }
} else {
  writeFileSync(OUT, text);
}

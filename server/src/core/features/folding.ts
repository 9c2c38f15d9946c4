/** Folding ranges (0-based lines, inclusive): stages, multi-line instructions, heredocs, comment blocks. */
import type { Analysis } from '../analysis';

export interface Fold {
  readonly startLine: number;
  readonly endLine: number;
  readonly kind: 'region' | 'comment';
}

export function foldingRanges(analysis: Analysis): Fold[] {
  const { lines, tree, image } = analysis;
  const folds: Fold[] = [];
  const add = (startLine: number, endLine: number, kind: Fold['kind']) => {
    if (endLine > startLine) folds.push({ startLine, endLine, kind });
  };
  for (const stage of image.stages) add(lines.lineAt(stage.start), lines.lineAt(stage.end), 'region');
  for (const instruction of tree.instructions) {
    const first = lines.lineAt(instruction.span.start);
    add(first, lines.lineAt(instruction.span.end), 'region');
    for (const heredoc of instruction.heredocs) {
      // Each heredoc folds from its marker's line, except the first (the instruction fold already covers it).
      const markerLine = lines.lineAt(heredoc.markerSpan.start);
      const end = heredoc.terminatorSpan ? heredoc.terminatorSpan.start : heredoc.bodySpan.end;
      if (markerLine !== first || heredoc !== instruction.heredocs[0]) add(Math.max(markerLine, lines.lineAt(heredoc.bodySpan.start) - 1), lines.lineAt(end), 'region');
    }
  }
  let runStart = -1;
  let runEnd = -1;
  for (const comment of tree.comments) {
    const line = lines.lineAt(comment.span.start);
    if (line === runEnd + 1 && runStart >= 0) {
      runEnd = line;
      continue;
    }
    if (runStart >= 0) add(runStart, runEnd, 'comment');
    runStart = line;
    runEnd = line;
  }
  if (runStart >= 0) add(runStart, runEnd, 'comment');
  folds.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  // Editors keep one fold per start line: the outer one.
  return folds.filter((f, i) => i === 0 || folds[i - 1].startLine !== f.startLine);
}

/**
 * Stands in for `semver/functions/parse` in the bundle (esbuild.mjs aliases it): vscode-languageclient only
 * parses VS Code's version to check it against its `^x.y.z` requirement (see semverSatisfies.ts).
 */
interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease: string[];
}

function parse(version: string): parse.SemVer | null {
  const match = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(version.trim());
  if (!match) return null;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), prerelease: match[4] ? match[4].split('.') : [] };
}

// eslint-disable-next-line @typescript-eslint/no-namespace
declare namespace parse {
  export type { SemVer };
}

export = parse;

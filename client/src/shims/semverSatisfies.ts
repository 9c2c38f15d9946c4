/**
 * Stands in for `semver/functions/satisfies` in the bundle (esbuild.mjs aliases it): vscode-languageclient
 * only asks whether VS Code's version satisfies a caret range such as `^1.91.0`. Other ranges are refused
 * loudly rather than answered wrong.
 */
import type parse from './semverParse';

type SemVer = parse.SemVer;

function satisfies(version: SemVer, range: string): boolean {
  const caret = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(range.trim());
  if (!caret) throw new Error(`semver shim: only ^x.y.z ranges are supported, not ${range}`);
  const [major, minor, patch] = caret.slice(1).map(Number);
  if (version.prerelease.length > 0) return false;
  const atLeast = version.major !== major ? version.major > major : version.minor !== minor ? version.minor > minor : version.patch >= patch;
  if (!atLeast) return false;
  // ^ allows changes that do not modify the left-most non-zero part.
  if (major > 0) return version.major === major;
  if (minor > 0) return version.major === 0 && version.minor === minor;
  return version.major === 0 && version.minor === 0 && version.patch === patch;
}

export = satisfies;

import { describe, it } from 'mocha';
import { assertFindings, assertFix, assertNoFix } from './assertRules';

describe('rules: package managers and caches (§2.5)', () => {
  describe('apt-lists-not-cleaned', () => {
    it('flags update + install without removing the lists', () => {
      const [finding] = assertFindings('FROM debian:12\nRUN apt-get update && apt-get install -y curl\n', 'apt-lists-not-cleaned', ['apt-lists-not-cleaned@2:5 DL3009']);
      if (!finding.message.includes('layer 1')) throw new Error(finding.message);
    });
    it('appends the cleanup to shell form and as a line to heredocs', () => {
      assertFix('FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl\n', 'apt-lists-not-cleaned', 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n');
      assertFix('FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n', 'apt-lists-not-cleaned', 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nrm -rf /var/lib/apt/lists/*\nEOF\n');
    });
    it('is silent with cleanup after the install, cache mounts, and outside shipped stages (§2b)', () => {
      assertFindings('FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n', 'apt-lists-not-cleaned', []);
      assertFindings('FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl\n', 'apt-lists-not-cleaned', []);
      assertFindings('FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM debian:12\nCOPY --from=build /x /x\n', 'apt-lists-not-cleaned', []);
    });
    it('does not count a cleanup placed before the install (§2b)', () => {
      assertFindings('FROM debian:12\nRUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y curl\n', 'apt-lists-not-cleaned', ['apt-lists-not-cleaned@2:36 DL3009']);
    });
  });

  describe('apt-no-install-recommends', () => {
    it('flags and offers the flag (not preferred)', () => {
      assertFindings('FROM debian:12\nRUN apt-get install -y curl\n', 'apt-no-install-recommends', ['apt-no-install-recommends@2:13 DL3015']);
      assertFix('FROM debian:12\nRUN apt-get install -y curl\n', 'apt-no-install-recommends', 'FROM debian:12\nRUN apt-get install --no-install-recommends -y curl\n', { anyFix: true });
    });
    it('accepts the APT option form', () => {
      assertFindings('FROM debian:12\nRUN apt-get install -o APT::Install-Recommends=false -y curl\n', 'apt-no-install-recommends', []);
    });
  });

  describe('apt-missing-yes', () => {
    it('adds -y', () => {
      assertFix('FROM debian:12\nRUN apt-get install curl\n', 'apt-missing-yes', 'FROM debian:12\nRUN apt-get install -y curl\n');
    });
    it('accepts -y in clusters, --yes, -qq, simulation and yes |', () => {
      assertFindings('FROM debian:12\nRUN apt-get -qy install a && apt-get install --yes b && apt-get -qq install c && apt-get install -s d && yes | apt-get install e\n', 'apt-missing-yes', []);
    });
  });

  describe('use-apt-get-not-apt', () => {
    it('replaces apt by apt-get or apt-cache', () => {
      assertFix('FROM debian:12\nRUN apt update && apt install -y curl\n', 'use-apt-get-not-apt', 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n');
      assertFix('FROM debian:12\nRUN apt show curl\n', 'use-apt-get-not-apt', 'FROM debian:12\nRUN apt-cache show curl\n');
    });
    it('has no fix for other subcommands and is silent for apt-get', () => {
      assertNoFix('FROM debian:12\nRUN apt moo\n', 'use-apt-get-not-apt');
      assertFindings('FROM debian:12\nRUN apt-get install -y apt\n', 'use-apt-get-not-apt', []);
    });
  });

  describe('apk-use-no-cache', () => {
    it('adds --no-cache and drops --update', () => {
      assertFix('FROM alpine:3\nRUN apk add --update curl\n', 'apk-use-no-cache', 'FROM alpine:3\nRUN apk add --no-cache curl\n');
      assertFix('FROM alpine:3\nRUN apk -U add curl\n', 'apk-use-no-cache', 'FROM alpine:3\nRUN apk add --no-cache curl\n');
    });
    it('is silent with --no-cache, a cache mount, a later cache cleanup or in a build stage', () => {
      assertFindings('FROM alpine:3\nRUN apk add --no-cache curl\n', 'apk-use-no-cache', []);
      assertFindings('FROM alpine:3\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n', 'apk-use-no-cache', []);
      assertFindings('FROM alpine:3\nRUN apk add curl && rm -rf /var/cache/apk/*\n', 'apk-use-no-cache', []);
      assertFindings('FROM alpine:3 AS b\nRUN apk add gcc\nFROM scratch\nCOPY --from=b /x /x\n', 'apk-use-no-cache', []);
    });
  });

  describe('rpm-missing-yes', () => {
    it('adds -y with the alias of each manager', () => {
      assertFindings('FROM fedora:40\nRUN yum install a-1\nRUN dnf remove b\nRUN zypper in c=1\n', 'rpm-missing-yes', ['rpm-missing-yes@2:9 DL3030', 'rpm-missing-yes@3:9 DL3038', 'rpm-missing-yes@4:12 DL3034']);
      assertFix('FROM fedora:40\nRUN dnf install git-2\n', 'rpm-missing-yes', 'FROM fedora:40\nRUN dnf install -y git-2\n');
    });
    it('accepts -y, --assumeyes and zypper -n', () => {
      assertFindings('FROM fedora:40\nRUN yum -y install a && dnf install --assumeyes b && zypper -n in c\n', 'rpm-missing-yes', []);
    });
  });

  describe('rpm-cache-not-cleaned', () => {
    it('appends the clean command of the manager', () => {
      assertFindings('FROM fedora:40\nRUN dnf install -y git\n', 'rpm-cache-not-cleaned', ['rpm-cache-not-cleaned@2:9 DL3040']);
      assertFix('FROM centos:7\nRUN yum install -y git\n', 'rpm-cache-not-cleaned', 'FROM centos:7\nRUN yum install -y git && yum clean all\n');
    });
    it('is silent after a clean in the same RUN', () => {
      assertFindings('FROM fedora:40\nRUN dnf install -y git && dnf clean all\nRUN zypper in -y x && zypper clean\n', 'rpm-cache-not-cleaned', []);
    });
  });

  describe('zypper-dist-upgrade', () => {
    it('flags dist-upgrade and dup', () => {
      assertFindings('FROM opensuse/leap:15\nRUN zypper -n dup\n', 'zypper-dist-upgrade', ['zypper-dist-upgrade@2:15 DL3035']);
    });
    it('is silent for zypper update', () => {
      assertFindings('FROM opensuse/leap:15\nRUN zypper -n update\n', 'zypper-dist-upgrade', []);
    });
  });

  describe('pip-no-cache-dir', () => {
    it('adds --no-cache-dir', () => {
      assertFix('FROM python:3\nRUN pip install -r requirements.txt\n', 'pip-no-cache-dir', 'FROM python:3\nRUN pip install --no-cache-dir -r requirements.txt\n');
    });
    it('is silent with the option, PIP_NO_CACHE_DIR, a pip cache mount or in a build stage (§2b)', () => {
      assertFindings('FROM python:3\nRUN pip install --no-cache-dir x==1\n', 'pip-no-cache-dir', []);
      assertFindings('FROM python:3\nENV PIP_NO_CACHE_DIR=1\nRUN pip install x==1\n', 'pip-no-cache-dir', []);
      assertFindings('FROM python:3\nRUN --mount=type=cache,target=/root/.cache/pip pip install x==1\n', 'pip-no-cache-dir', []);
      assertFindings('FROM python:3 AS b\nRUN pip install x==1\nFROM python:3-slim\nCOPY --from=b /x /x\n', 'pip-no-cache-dir', []);
    });
  });

  describe('yarn-cache-not-cleaned', () => {
    it('appends yarn cache clean', () => {
      assertFix('FROM node:22\nRUN yarn install --frozen-lockfile\n', 'yarn-cache-not-cleaned', 'FROM node:22\nRUN yarn install --frozen-lockfile && yarn cache clean\n');
    });
    it('is silent with a clean or a cache mount', () => {
      assertFindings('FROM node:22\nRUN yarn && yarn cache clean\n', 'yarn-cache-not-cleaned', []);
      assertFindings('FROM node:22\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install\n', 'yarn-cache-not-cleaned', []);
    });
  });
});

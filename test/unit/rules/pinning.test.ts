import { describe, it } from 'mocha';
import { assertFindings } from './assertRules';

describe('rules: version pinning (§2.4)', () => {
  describe('pin-apt-versions', () => {
    it('flags unpinned packages, also behind sudo/env and in heredocs', () => {
      assertFindings('FROM debian:12\nRUN apt-get install -y curl git=1:2.39\n', 'pin-apt-versions', ['pin-apt-versions@2:24 DL3008']);
      assertFindings('FROM debian:12\nRUN <<EOF\nDEBIAN_FRONTEND=noninteractive apt-get install -y curl\nEOF\n', 'pin-apt-versions', ['pin-apt-versions@3:51 DL3008']);
    });
    it('skips variables, local .deb files, paths, option values and exec form (§2b)', () => {
      assertFindings('FROM debian:12\nRUN apt-get install -y $PKGS "${MORE}"\n', 'pin-apt-versions', []);
      assertFindings('FROM debian:12\nRUN apt-get install -y ./pkg.deb /tmp/x.deb\n', 'pin-apt-versions', []);
      assertFindings('FROM debian:12\nRUN apt-get install -y -t bookworm-backports -o Dpkg::Options::=--force-confnew curl=7.88\n', 'pin-apt-versions', []);
      assertFindings('FROM debian:12\nRUN ["apt-get", "install", "-y", "curl"]\n', 'pin-apt-versions', []);
      assertFindings('FROM debian:12\nRUN apt-get update && apt-get upgrade -y\n', 'pin-apt-versions', []);
    });
    it('skips stages whose SHELL is not POSIX', () => {
      assertFindings('FROM debian:12\nSHELL ["pwsh", "-c"]\nRUN apt-get install -y curl\n', 'pin-apt-versions', []);
    });
  });

  describe('pin-apk-versions', () => {
    it('flags apk add without =version', () => {
      assertFindings('FROM alpine:3\nRUN apk add --no-cache curl bash=5.2.26-r0\n', 'pin-apk-versions', ['pin-apk-versions@2:24 DL3018']);
    });
    it('skips repository and virtual option values', () => {
      assertFindings('FROM alpine:3\nRUN apk add -X http://r/ --virtual .deps curl~8\n', 'pin-apk-versions', []);
    });
  });

  describe('pin-rpm-versions', () => {
    it('carries the alias that fits the manager', () => {
      assertFindings('FROM fedora:40\nRUN yum install -y curl\nRUN dnf install -y git\nRUN zypper install -y vim\n', 'pin-rpm-versions', [
        'pin-rpm-versions@2:20 DL3033',
        'pin-rpm-versions@3:20 DL3041',
        'pin-rpm-versions@4:23 DL3037',
      ]);
    });
    it('accepts pkg-version, pkg=version, groups and local rpms', () => {
      assertFindings('FROM fedora:40\nRUN dnf install -y curl-8.6.0 @development ./x.rpm\nRUN zypper in -y vim=9.1\n', 'pin-rpm-versions', []);
    });
  });

  describe('pin-pip-versions', () => {
    it('flags pip install without specifier, also python -m pip', () => {
      assertFindings('FROM python:3\nRUN pip install flask requests==2.32\n', 'pin-pip-versions', ['pin-pip-versions@2:17 DL3013']);
      assertFindings('FROM python:3\nRUN python3 -m pip install --no-cache-dir flask\n', 'pin-pip-versions', ['pin-pip-versions@2:43 DL3013']);
    });
    it('accepts specifiers, requirement files, local and VCS sources and index URLs (§2b)', () => {
      assertFindings('FROM python:3\nRUN pip install "flask>=3" django~=5.0 x===1 -r req.txt -c c.txt . ./pkg.whl git+https://g/r\n', 'pin-pip-versions', []);
      assertFindings('FROM python:3\nRUN pip install --index-url https://pypi/simple -e ./lib pkg==1\n', 'pin-pip-versions', []);
    });
  });

  describe('pin-npm-versions', () => {
    it('flags npm install pkg and -g without @version', () => {
      assertFindings('FROM node:22\nRUN npm install -g typescript @scope/tool eslint@9\n', 'pin-npm-versions', ['pin-npm-versions@2:20 DL3016']);
    });
    it('accepts lockfile installs, npm run install and registry values (§2b)', () => {
      assertFindings('FROM node:22\nRUN npm ci && npm install && npm run install && npm install --registry https://r x@1\n', 'pin-npm-versions', []);
      assertFindings('FROM node:22\nRUN npm i @scope/tool@2.1 ./local git+https://g/r\n', 'pin-npm-versions', []);
    });
  });

  describe('pin-gem-versions', () => {
    it('flags gem install without version', () => {
      assertFindings('FROM ruby:3\nRUN gem install bundler\n', 'pin-gem-versions', ['pin-gem-versions@2:17 DL3028']);
    });
    it('accepts gem:version and -v', () => {
      assertFindings('FROM ruby:3\nRUN gem install bundler:2.5 && gem install rails -v 7.1\n', 'pin-gem-versions', []);
    });
  });

  describe('pin-go-install-versions', () => {
    it('flags remote packages without @version or with @latest', () => {
      assertFindings('FROM golang:1\nRUN go install golang.org/x/tools/gopls && go install honnef.co/go/tools/cmd/staticcheck@latest\n', 'pin-go-install-versions', [
        'pin-go-install-versions@2:16 DL3062',
        'pin-go-install-versions@2:55 DL3062',
      ]);
    });
    it('accepts versions, local packages and go run x@v (§2b)', () => {
      assertFindings('FROM golang:1\nRUN go install ./... && go install golang.org/x/tools/gopls@v0.16.0 && go run github.com/a/b@v1 && go run .\n', 'pin-go-install-versions', []);
    });
  });
});

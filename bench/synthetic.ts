/** A realistic Dockerfile of any length: stages, chained RUNs with continuations, COPY --from, ARG/ENV. */
export function syntheticDockerfile(lines: number): string {
  const out: string[] = ['# syntax=docker/dockerfile:1', 'ARG BASE=debian:12'];
  let stage = 0;
  while (out.length < lines) {
    out.push(`FROM \${BASE} AS stage${stage}`, 'WORKDIR /src', 'ENV PATH=/opt/bin:$PATH LANG=C.UTF-8');
    for (let i = 0; i < 10 && out.length < lines; i++) {
      out.push(
        'RUN apt-get update \\',
        '    && apt-get install -y --no-install-recommends curl ca-certificates \\',
        '    && rm -rf /var/lib/apt/lists/*',
        `COPY ${stage > 0 ? `--from=stage${stage - 1} ` : ''}src/${i} /app/${i}`,
        `LABEL org.example.step="${i}"`,
      );
    }
    out.push('USER 1000', 'EXPOSE 8080', 'CMD ["/app/server", "--port", "8080"]');
    stage++;
  }
  return `${out.slice(0, lines).join('\n')}\n`;
}

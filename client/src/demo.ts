// The demo Dockerfile the walkthrough opens: two stages, layers and metadata, a cache mount, COPY --from.
export const DEMO_DOCKERFILE = `# syntax=docker/dockerfile:1
# Demo: a Node.js web app built in one stage and shipped from a slim runtime stage.

ARG NODE_VERSION=20

FROM node:\${NODE_VERSION}-bookworm AS build
WORKDIR /app
RUN apt-get update \\
    && apt-get install -y --no-install-recommends python3 make g++ \\
    && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:\${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/server.js"]
`;

# syntax=docker/dockerfile:1
# 心理健康工作考核助手: the compiled build (npm run build) on Node 20, as a non-root user.
#   docker build -t mh-rubric-bot .
#   docker run -d --name mh-rubric-bot -p 8080:8080 -v mh-data:/app/data --env-file .env mh-rubric-bot
# Everything the bot writes (SQLite, exports, WeChat login card, daily backups) is in /app/data.

# ── toolchain: sqlite3 compiles from source when no prebuilt binary fits the platform ──────────
FROM node:20-slim AS toolchain
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./

# ── build: all dependencies, then tsc → dist/ ─────────────────────────────────────────────────
FROM toolchain AS build
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY db ./db
RUN npm run build

# ── production dependencies only ─────────────────────────────────────────────────────────────
FROM toolchain AS deps
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# ── runtime ──────────────────────────────────────────────────────────────────────────────────
FROM node:20-slim
ENV NODE_ENV=production \
    HTTP_PORT=8080 \
    SQLITE_FILE=/app/data/mh-rubric-bot.sqlite \
    OUT_DIR=/app/data/out \
    WECHATY_NAME=/app/data/mh-rubric-bot \
    TZ=Asia/Shanghai
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json ./
COPY --from=build /app/dist ./dist
COPY rubric ./rubric
COPY prompts ./prompts
# The image's own `node` user (uid 1000) owns only the data folder.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 8080
# /healthz answers 503 when the database is unreachable. node:20-slim has no curl: node's fetch.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:${HTTP_PORT:-8080}/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
STOPSIGNAL SIGTERM
CMD ["node", "dist/main.js"]

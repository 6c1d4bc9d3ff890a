# The app image: builds every workspace, then runs the server (which also serves the dashboard) as the
# unprivileged `node` user. Node 22 LTS; package.json `engines` allows 20.19+, 22.13+ and 24.11+.
FROM node:22-bookworm-slim AS build
WORKDIR /app
RUN npm install -g npm@11.19.1
COPY package.json package-lock.json turbo.json tsconfig.base.json eslint.config.js ./
COPY apps/server/package.json apps/server/
COPY apps/dashboard/package.json apps/dashboard/
COPY packages/schema/package.json packages/schema/
COPY packages/ui/package.json packages/ui/
RUN npm ci
COPY . .
RUN npx turbo run build

FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    JIXIAO_DATA_DIR=/var/lib/jixiao
COPY --from=build /app /app
# The data folder (the embedded PostgreSQL when DATABASE_URL is unset) belongs to the user that runs the
# server: the code stays root's and read-only to it. A volume mounted here takes this ownership.
RUN install -d -o node -g node -m 0750 /var/lib/jixiao
VOLUME /var/lib/jixiao
# From here `node dist/main.js` is the server and `node dist/admin/cli.js …` the operator's commands.
WORKDIR /app/apps/server
EXPOSE 4000
USER node
CMD ["node", "--enable-source-maps", "dist/main.js"]

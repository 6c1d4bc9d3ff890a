# The app image: builds every workspace, then runs the server (which also serves the dashboard).
FROM node:20-bookworm-slim AS build
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

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app /app
EXPOSE 4000
USER node
CMD ["node", "--enable-source-maps", "apps/server/dist/main.js"]

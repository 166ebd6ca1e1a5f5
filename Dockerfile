# The careergraph service. Built by docker-compose.yml; not needed to run it locally.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY bin ./bin
COPY schema.graphql ./
COPY seeds ./seeds
RUN npm ci --no-audit --no-fund && npm prune --omit=dev
ENV NODE_ENV=production
EXPOSE 4000
CMD ["node", "bin/careergraph.js", "serve"]

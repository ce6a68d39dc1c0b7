# The production app: `npm run build`, then `npm start` (migrations for SQL databases, then
# next start). One stage on purpose: `payload migrate` needs the sources and tsx at run time.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1

COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

COPY . .
# The build never connects to a database; the secret is only a placeholder for it.
RUN PAYLOAD_SECRET=build-only-placeholder npm run build && rm -rf data

ENV NODE_ENV=production PORT=3000
EXPOSE 3000
CMD ["npm", "start"]

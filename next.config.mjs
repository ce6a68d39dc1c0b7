import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The site is headless: the only page is Payload's admin.
  async redirects() {
    return [{ source: '/', destination: '/admin', permanent: false }]
  },
  // `next build` would type-check the whole repository (parser, importer, tests, benches),
  // so a type error in a test would stop the admin from being built. Types are checked
  // once, for everything, by `npm run typecheck` (run by .ci/run before the build).
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })

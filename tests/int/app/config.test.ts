/**
 * Several configs in one process (the default export, one per test database, the import
 * CLI's) must each be complete: Payload's sanitizer marks the objects it is given and
 * skips them the next time, so shared collection objects came back unsanitized.
 */
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import type { Config } from 'payload'
import { createBulletinConfig } from '../../../payload.config'

const databaseUrl = `file:${path.join(os.tmpdir(), 'bulletin-config-test-never-opened.db')}`

describe('building the config more than once in a process', () => {
  it('sanitizes every collection of concurrent builds, also through configure', async () => {
    const addHook = (config: Config): Config => ({
      ...config,
      collections: config.collections?.map((collection) =>
        collection.slug === 'articles'
          ? { ...collection, hooks: { ...collection.hooks, beforeChange: [({ data }) => data] } }
          : collection,
      ),
    })
    // At the same time, as when a test file imports payload.config.ts (its default export
    // starts building) and builds its own config right away.
    const builds = await Promise.all([
      createBulletinConfig({ databaseUrl }),
      createBulletinConfig({ databaseUrl }),
      createBulletinConfig({ databaseUrl, configure: addHook }),
      createBulletinConfig({ databaseUrl, configure: addHook }),
    ])
    for (const config of builds) {
      expect(config.collections.map((collection) => collection.slug)).toEqual(
        expect.arrayContaining(['articles', 'people', 'events', 'bulletins', 'import-records', 'users']),
      )
      for (const collection of config.collections) {
        expect([collection.slug, Array.isArray(collection.flattenedFields)]).toEqual([collection.slug, true])
      }
    }
    const articles = builds[3]!.collections.find((collection) => collection.slug === 'articles')!
    expect(articles.hooks.beforeChange).toHaveLength(1)
  })
})

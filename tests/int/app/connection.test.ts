/**
 * Start-up against a database that is not there: the error must come quickly (the jest
 * timeout per test is the bound; Payload's own defaults wait ~30 s for MongoDB) and name
 * the database, with its password masked. Runs without any database service.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { getPayload, type SanitizedConfig } from 'payload'
import { createBulletinConfig } from '../../../payload.config'
import { unusedPort } from '../../helpers/ports'

async function startupError(config: SanitizedConfig, key: string): Promise<Error> {
  try {
    const payload = await getPayload({ config, key })
    await payload.destroy()
  } catch (error) {
    return error as Error
  }
  throw new Error('connected to a database that should be unreachable')
}

describe('a database that cannot be reached', () => {
  // Configs are built (modules loaded) beforehand: the 10 s bound is for connecting.
  let postgresPort: number
  let mongoPort: number
  let postgres: SanitizedConfig
  let mongo: SanitizedConfig

  beforeAll(async () => {
    postgresPort = await unusedPort()
    mongoPort = await unusedPort()
    postgres = await createBulletinConfig({ databaseUrl: `postgres://editor:s3cret@127.0.0.1:${postgresPort}/bulletin` })
    mongo = await createBulletinConfig({ databaseUrl: `mongodb://127.0.0.1:${mongoPort}/bulletin` })
  })

  it('fails fast for PostgreSQL, naming the database without its password', async () => {
    const port = postgresPort
    const error = await startupError(postgres, 'closed-postgres')
    expect(error.message).toContain(`Cannot connect to the database postgres://editor:***@127.0.0.1:${port}/bulletin`)
    expect(error.message).not.toContain('s3cret')
  }, 10_000)

  it('fails fast for MongoDB, naming the database', async () => {
    const port = mongoPort
    const error = await startupError(mongo, 'closed-mongodb')
    expect(error.message).toContain(`Cannot connect to the database mongodb://127.0.0.1:${port}/bulletin`)
  }, 10_000)

  it('rejects a URL scheme it does not know, saying which ones it does', async () => {
    await expect(createBulletinConfig({ databaseUrl: 'mysql://root:pw@localhost/bulletin' })).rejects.toThrow(
      /DATABASE_URL "mysql:\/\/root:\*\*\*@localhost\/bulletin" is not supported: use file:.*postgres:\/\/.*mongodb:\/\//,
    )
  })
})

// Defaults every test process needs before any module reads the environment.
process.env.PAYLOAD_SECRET ??= 'test-secret-not-for-production'
process.env.PAYLOAD_DISABLE_ADMIN ??= 'true'

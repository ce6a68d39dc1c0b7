// Defaults every test process needs before any module reads the environment.
import os from 'node:os'
import path from 'node:path'

process.env.PAYLOAD_SECRET ??= 'test-secret-not-for-production'
process.env.PAYLOAD_DISABLE_ADMIN ??= 'true'
// Tests run import jobs themselves (payload.jobs.run), never on a timer behind their back.
process.env.JOBS_AUTORUN ??= 'false'
// Uploaded page files of every test go to the temp folder, not the checkout's data/.
process.env.BULLETIN_UPLOAD_DIR ??= path.join(os.tmpdir(), 'bulletin-test-uploads')

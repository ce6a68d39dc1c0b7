// Entry of the parse-ahead thread. A worker thread does not inherit the `--import tsx`
// loader of the process that starts it (Node 20), so it registers tsx itself before loading
// the TypeScript worker; a compiled build would point at worker.js and skip this.
import { register } from 'tsx/esm/api'

register()
await import(new URL('./worker.ts', import.meta.url).href)

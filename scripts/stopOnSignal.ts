/**
 * How the command-line tools (import, worker) stop: SIGINT (Ctrl-C) or SIGTERM (kill, npm
 * forwarding either) lets the page in hand finish, then the tool reports and exits 130/143;
 * a second signal exits at once, and the open page's transaction is rolled back by the
 * database, so only whole pages remain either way.
 */

/** The shell's convention: 128 + the signal's number (SIGINT 130, SIGTERM 143). */
export function exitCodeForSignal(signal: NodeJS.Signals): number {
  return signal === 'SIGINT' ? 130 : 143
}

/** Starts listening; `received()` is the first signal that arrived, or null. `tool` prefixes the message. */
export function stopOnSignal(tool: string): { received(): NodeJS.Signals | null } {
  let stopSignal: NodeJS.Signals | null = null
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopSignal) process.exit(exitCodeForSignal(signal))
    stopSignal = signal
    process.stderr.write(`\n${tool}: ${signal} received: stopping after the page in hand (again to stop at once)\n`)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return { received: () => stopSignal }
}

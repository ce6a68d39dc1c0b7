/**
 * What to import: files, directories (every *.txt below them, in a stable order so a
 * re-run after a crash walks the pages in the same order), or `-` for standard input.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

export interface ImportInput {
  /** The name shown in reports: the path as given, or `-` for standard input. */
  source: string
  read(): Promise<Uint8Array>
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

async function textFilesBelow(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.txt'))
    .map((entry) => path.join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name))
    .sort()
}

/**
 * Expands the command-line operands. A path that does not exist or cannot be read stays
 * in the list, so its failure is reported with the other files instead of stopping the run.
 */
export async function collectInputs(operands: string[]): Promise<ImportInput[]> {
  const inputs: ImportInput[] = []
  for (const operand of operands) {
    if (operand === '-') {
      inputs.push({ source: '-', read: readStdin })
      continue
    }
    const stat = await fs.stat(operand).catch(() => null)
    const files = stat?.isDirectory() ? await textFilesBelow(operand) : [operand]
    for (const file of files) inputs.push({ source: file, read: () => fs.readFile(file) })
  }
  return inputs
}

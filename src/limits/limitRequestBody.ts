import { MAX_REQUEST_BODY_BYTES } from './requestLimits'

type Handler<C extends unknown[]> = (request: Request, ...rest: C) => Promise<Response>

function tooLarge(maxBytes: number): Response {
  return Response.json(
    { errors: [{ message: `The request body is larger than ${maxBytes} bytes, the most this API accepts.` }] },
    { status: 413 },
  )
}

/**
 * Reads a body stream into memory, up to `maxBytes`: null as soon as it would exceed that
 * (the rest is never read; the stream is cancelled).
 */
async function readAtMost(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | null> {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

/**
 * Refuses a request whose body is larger than `maxBytes` with 413, before Payload sees it.
 * Payload reads a JSON body whole (`req.text()` in addDataAndFileToRequest, no limit; its
 * `bodyParser`/`upload.limits` options apply to multipart only), so a 200 MB body would be
 * held in memory, twice (bytes and string). A declared Content-Length over the limit is refused
 * without reading anything; a body without one (chunked) is read only up to the limit.
 */
export function limitRequestBody<C extends unknown[]>(
  handler: Handler<C>,
  maxBytes: number = MAX_REQUEST_BODY_BYTES,
): Handler<C> {
  return async (request, ...rest) => {
    if (!request.body) return handler(request, ...rest)
    const declared = Number(request.headers.get('content-length') ?? Number.NaN)
    if (Number.isFinite(declared) && declared > maxBytes) {
      await request.body.cancel().catch(() => undefined)
      return tooLarge(maxBytes)
    }
    const body = await readAtMost(request.body, maxBytes)
    if (!body) return tooLarge(maxBytes)
    const buffered = new Request(request.url, {
      method: request.method,
      headers: request.headers,
      body: body as unknown as BodyInit,
      signal: request.signal,
    })
    return handler(buffered, ...rest)
  }
}

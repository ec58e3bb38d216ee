// Form and Server Action bodies that Next.js 16.4 answers with a 500 (issue #14,
// finding 7), refused by proxy.ts with an ordinary 4xx before a page sees them:
// - over Next's 1 MB limit for Server Actions (its own refusal is a 500): 413;
// - without a length (chunked), which Next's limit would only catch as a 500: 411;
// - a multipart body that does not parse, or a Server Action call whose body is
//   neither multipart nor JSON (React's reply format is JSON): 400.
// Only writes to pages are read here; the body stays available to Next.js.

/** Next.js's default `serverActions.bodySizeLimit`. */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;

export type BodyRefusal = { status: 400 | 411 | 413; text: string };

type Incoming = { method: string; headers: Headers; clone(): Request };

/** Why a page-bound POST must be refused before Next.js decodes it, if it must. */
export async function refusedActionBody(request: Incoming): Promise<BodyRefusal | undefined> {
  if (request.method !== "POST") return undefined;
  const contentType = (request.headers.get("content-type") ?? "").toLowerCase();
  const multipart = contentType.startsWith("multipart/form-data");
  const action = request.headers.has("next-action");
  if (!multipart && !action) return undefined;

  const length = request.headers.get("content-length");
  if (length === null) return { status: 411, text: "A form must be sent with a Content-Length." };
  if (!/^\d+$/.test(length) || Number(length) > MAX_ACTION_BODY_BYTES) return { status: 413, text: "The form is larger than 1 MB." };
  try {
    if (multipart) await request.clone().formData();
    else JSON.parse(await request.clone().text());
  } catch {
    return { status: 400, text: "The form could not be read." };
  }
  return undefined;
}

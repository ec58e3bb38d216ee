import "server-only";
// The staff inbox: filters, search and keyset pagination, all from URL parameters.
import { z } from "zod";
import { db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { DIRECTIONS, SECTORS } from "../domain/catalog";
import type { StaffPrincipal } from "../auth/permissions";
import { visibleInquiries } from "./staff-access";

export const PAGE_SIZE = 25;
const STATUSES = ["NEW", "TRIAGED", "FORWARDED", "ACCEPTED", "IN_PROGRESS", "CLOSED"] as const;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (Array.isArray(v) ? v[0] : v === "" ? undefined : v), schema.optional().catch(undefined));

/** Unknown or malformed parameters are dropped, never an error page. */
export const inboxQuerySchema = z.object({
  status: optional(z.enum(STATUSES)),
  direction: optional(z.enum(DIRECTIONS)),
  sector: optional(z.enum(SECTORS)),
  organisation: optional(z.string().regex(/^[a-z0-9-]{1,60}$/)),
  from: optional(z.iso.date()),
  to: optional(z.iso.date()),
  q: optional(z.string().trim().min(1).max(200)),
  sort: optional(z.enum(["newest", "oldest"])),
  after: optional(z.string().max(200)),
});
export type InboxQuery = z.infer<typeof inboxQuerySchema>;

export function parseInboxQuery(params: Record<string, string | string[] | undefined>): InboxQuery {
  return inboxQuerySchema.parse(params);
}

type Cursor = { at: string; id: string };
const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString("base64url");
function decodeCursor(value: string | undefined): Cursor | undefined {
  if (!value) return undefined;
  try {
    const parsed = z.object({ at: z.iso.datetime(), id: z.uuid() }).safeParse(JSON.parse(Buffer.from(value, "base64url").toString()));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** LIKE pattern for a user's search text, with its own wildcards escaped. */
export function containsPattern(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function inboxWhere(staff: StaffPrincipal, query: InboxQuery): Prisma.InquiryWhereInput | null {
  const scope = visibleInquiries(staff);
  if (!scope) return null;
  const and: Prisma.InquiryWhereInput[] = [scope];
  if (query.status) and.push({ status: query.status });
  if (query.direction) and.push({ direction: query.direction });
  if (query.sector) and.push({ sectors: { has: query.sector } });
  if (query.organisation) {
    and.push({ assignments: { some: { organisation: { slug: query.organisation }, state: { in: ["PENDING", "ACCEPTED"] } } } });
  }
  if (query.from) and.push({ submittedAt: { gte: new Date(`${query.from}T00:00:00+01:00`) } });
  if (query.to) and.push({ submittedAt: { lt: new Date(new Date(`${query.to}T00:00:00+01:00`).getTime() + 86_400_000) } });
  if (query.q) {
    const contains = containsPattern(query.q);
    const mode = "insensitive" as const;
    and.push({
      OR: [
        { reference: { contains, mode } },
        { companyName: { contains, mode } },
        { companyNameLatin: { contains, mode } },
        { contactName: { contains, mode } },
        { contactEmail: { contains, mode } },
        { description: { contains, mode } },
      ],
    });
  }
  return { AND: and };
}

export async function loadInbox(staff: StaffPrincipal, query: InboxQuery) {
  const where = inboxWhere(staff, query);
  if (!where) return null;
  const oldest = query.sort === "oldest";
  const cursor = decodeCursor(query.after);
  const keyset: Prisma.InquiryWhereInput | undefined = cursor && {
    OR: [
      { submittedAt: oldest ? { gt: new Date(cursor.at) } : { lt: new Date(cursor.at) } },
      { submittedAt: new Date(cursor.at), id: oldest ? { gt: cursor.id } : { lt: cursor.id } },
    ],
  };
  const direction = oldest ? "asc" : "desc";
  const [rows, total] = await Promise.all([
    db().inquiry.findMany({
      where: keyset ? { AND: [where, keyset] } : where,
      orderBy: [{ submittedAt: direction }, { id: direction }],
      take: PAGE_SIZE + 1,
      select: {
        id: true,
        reference: true,
        submittedAt: true,
        companyName: true,
        companyNameLatin: true,
        anonymisedAt: true,
        direction: true,
        sectors: true,
        status: true,
        firstResponseAt: true,
        preferences: { select: { organisation: { select: { shortName: true, slug: true } } } },
        assignments: {
          where: { state: { in: ["PENDING", "ACCEPTED"] } },
          select: { state: true, organisation: { select: { shortName: true, kind: true } } },
        },
      },
    }),
    db().inquiry.count({ where }),
  ]);
  const page = rows.slice(0, PAGE_SIZE);
  const last = page.at(-1);
  const next = rows.length > PAGE_SIZE && last ? encodeCursor({ at: last.submittedAt.toISOString(), id: last.id }) : undefined;
  return { rows: page, total, next };
}

export type InboxRow = NonNullable<Awaited<ReturnType<typeof loadInbox>>>["rows"][number];

/** Who holds it now: the partners with an open assignment, or else the gateway. */
export function currentHolders(row: Pick<InboxRow, "assignments">): string[] {
  const partners = row.assignments.filter((a) => a.organisation.kind !== "GATEWAY").map((a) => a.organisation.shortName);
  return partners.length ? partners : row.assignments.map((a) => a.organisation.shortName);
}

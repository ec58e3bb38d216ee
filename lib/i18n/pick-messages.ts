// The part of a message tree that client components need, by namespace paths such
// as "languages" or "admin.signIn".
type Tree = { [key: string]: string | Tree };

export type MessagePath = string;

export function pickMessages<T extends object>(messages: T, paths: readonly MessagePath[]): Partial<T> {
  const picked: Tree = {};
  for (const path of paths) {
    const keys = path.split(".");
    let source: string | Tree | undefined = messages as unknown as Tree;
    for (const key of keys) source = typeof source === "object" ? source[key] : undefined;
    if (source === undefined) throw new Error(`pickMessages: no messages at "${path}"`);
    let target = picked;
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Tree;
    target[keys.at(-1)!] = source;
  }
  return picked as Partial<T>;
}

import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..", "..");
export const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
export const prismaBin = path.join(root, "node_modules", "prisma", "build", "index.js");

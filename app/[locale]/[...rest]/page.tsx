import { notFound } from "next/navigation";

// Unknown paths below a locale get the 404 page in that locale.
export default function CatchAll() {
  notFound();
}

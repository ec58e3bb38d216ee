import Link from "next/link";

// Requests outside any locale (rare: the proxy adds one to every page path).
export default function GlobalNotFound() {
  return (
    <html lang="de">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <h1>Seite nicht gefunden</h1>
        <p>
          <Link href="/de">Zur Startseite</Link> · <Link href="/ja" lang="ja">ホームへ戻る</Link> · <Link href="/en" lang="en">Go to the home page</Link>
        </p>
      </body>
    </html>
  );
}

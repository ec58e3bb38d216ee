// Requests outside any locale (rare: the proxy adds one to every page path).
export default function GlobalNotFound() {
  return (
    <html lang="de">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <h1>Seite nicht gefunden</h1>
        <p>
          <a href="/de">Zur Startseite</a> · <a href="/ja" lang="ja">ホームへ戻る</a> · <a href="/en" lang="en">Go to the home page</a>
        </p>
      </body>
    </html>
  );
}

// A browser's cookie jar for calling the sign-in functions outside Next.js: takes the
// Set-Cookie headers better-auth answers with and sends the cookies back.
import * as OTPAuth from "otpauth";
import { SOCKET_ADDRESS_HEADER } from "@/lib/security/client-ip";

export class CookieJar {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly ip: string) {}

  /** The response headers the next call may fill; read them back with take(). */
  response = new Headers();

  take(): void {
    for (const cookie of this.response.getSetCookie()) {
      const pair = cookie.split(";", 1)[0]!;
      const at = pair.indexOf("=");
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (!value || /max-age=0(;|$)/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    this.response = new Headers();
  }

  has(fragment: string): boolean {
    return [...this.cookies.keys()].some((name) => name.includes(fragment));
  }

  request(): Headers {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    return new Headers({ cookie, [SOCKET_ADDRESS_HEADER]: this.ip, "user-agent": "vitest" });
  }
}

/** What an authenticator app shows for the key printed on the account page, at `at`. */
export function totpCode(printedSecret: string, at = Date.now()): string {
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(printedSecret.replace(/\s+/g, "")), digits: 6, period: 30, algorithm: "SHA1" });
  return totp.generate({ timestamp: at });
}

/** A well-formed code that the app shows in none of the accepted windows. */
export function wrongTotpCode(printedSecret: string): string {
  const accepted = new Set([-30_000, 0, 30_000].map((offset) => totpCode(printedSecret, Date.now() + offset)));
  for (let n = 0; ; n++) {
    const candidate = String(n).padStart(6, "0");
    if (!accepted.has(candidate)) return candidate;
  }
}

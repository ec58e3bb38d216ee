// The demo conversations: what NRW.Global Business and the partners wrote to the
// applicants and what they answered, in the applicant's language (ja, de, en), so
// that the case pages and the dashboard's "time to first response" mean something
// on a fresh start. The first message of each is its inquiry's first response.
type Lang = "ja" | "de" | "en";

/** The gateway's first answer after reading the inquiry. */
export const FIRST_MESSAGES: Record<Lang, string[]> = {
  ja: [
    "お問い合わせいただき、ありがとうございます。NRW.Global Businessの東京デスクです。\nご計画を拝見しました。NRW州内の候補地について、来週オンラインで30分ほどお打ち合わせのお時間をいただけますでしょうか。ご都合のよい日時を2、3いただけますと幸いです。",
    "NRW州へのご関心をお寄せいただき、誠にありがとうございます。\nご記載の事業内容に合う自治体を現在確認しております。従業員数と初年度のご予算について、もう少し詳しくお教えいただけますでしょうか。",
  ],
  de: [
    "Vielen Dank für Ihre Anfrage. Wir haben Ihr Vorhaben gelesen und sehen gute Anknüpfungspunkte in Tokyo.\nHätten Sie in der kommenden Woche Zeit für ein kurzes Videogespräch? Nennen Sie uns gern zwei oder drei Termine.",
    "Herzlichen Dank für Ihr Interesse am NRW–Tokyo-Programm. Bevor wir Sie mit unserem Partner in Tokyo verbinden: Haben Sie bereits Kontakte zu japanischen Vertriebspartnern, oder suchen Sie noch?",
  ],
  en: [
    "Thank you for your inquiry. We have read your plans with interest.\nCould you tell us which quarter you would like to start in, and whether you already have a legal entity in the EU? Then we can suggest the right municipality.",
    "Many thanks for getting in touch. We are checking which of our partner municipalities fits your project best and will come back to you within a few days with a suggestion.",
  ],
};

/** The applicant's answer. */
export const REPLIES: Record<Lang, string[]> = {
  ja: [
    "ご連絡ありがとうございます。来週の火曜日または木曜日の午前中（日本時間の16時以降）でしたら対応可能です。どうぞよろしくお願いいたします。",
    "ご確認ありがとうございます。初年度は従業員3名、予算は約5,000万円を想定しております。資料を添付できないため、必要でしたらメールでお送りします。",
  ],
  de: [
    "Vielen Dank für die schnelle Rückmeldung. Dienstag oder Donnerstag ab 9 Uhr passt uns gut.",
    "Danke! Wir haben noch keine Vertriebspartner in Japan und wären für Kontakte sehr dankbar.",
  ],
  en: [
    "Thank you. We are aiming for the second quarter and do not have an EU entity yet.",
    "Thanks for the update, we look forward to your suggestion.",
  ],
};

/** The partner's message after accepting the case. */
export const PARTNER_MESSAGES: Record<Lang, string> = {
  ja: "このたびお問い合わせを担当することになりました。当市には日系企業のネットワークがあり、候補物件の視察もご案内できます。ご来訪のご予定はございますか。",
  de: "Wir haben Ihre Anfrage übernommen und stellen gern Kontakte in Tokyo her. Wann passt Ihnen ein erstes Gespräch mit unserem Büro vor Ort?",
  en: "We have taken over your inquiry and would be glad to show you suitable sites. Are you planning a visit to NRW in the coming months?",
};

/** The gateway's message to the partner when forwarding (German: the partners' working language). */
export const FORWARDING_NOTES = [
  "Bitte übernehmen: Das Unternehmen sucht einen Standort mit guter Anbindung an Düsseldorf. Erstgespräch mit uns hat stattgefunden, Unterlagen folgen.",
  "Passt gut zu Ihrem Schwerpunkt. Die Ansprechperson antwortet am liebsten per E-Mail; bitte in der gewählten Antwortsprache schreiben.",
  "Konkretes Vorhaben mit Zeitplan. Bitte melden Sie sich innerhalb einer Woche direkt bei der anfragenden Person.",
];

export const pick = <T>(list: readonly T[], index: number): T => list[index % list.length]!;

/** Saved replies the gateway keeps in every language, and a partner's own. */
export const SAVED_REPLIES: { organisation: "gateway" | "essen"; locale: Lang; title: string; body: string }[] = [
  { organisation: "gateway", locale: "ja", title: "初回のご連絡（打ち合わせのご提案）", body: "お問い合わせいただき、ありがとうございます。NRW.Global Businessの東京デスクです。\nご計画について、オンラインで30分ほどお打ち合わせのお時間をいただけますでしょうか。ご都合のよい日時を2、3いただけますと幸いです。" },
  { organisation: "gateway", locale: "ja", title: "追加情報のお願い", body: "ご連絡ありがとうございます。最適な自治体をご紹介するため、想定される従業員数、ご予算、事業開始の時期をお教えいただけますでしょうか。" },
  { organisation: "gateway", locale: "de", title: "Erstkontakt: Gesprächsangebot", body: "Vielen Dank für Ihre Anfrage. Wir haben Ihr Vorhaben gelesen und würden es gern in einem kurzen Videogespräch mit Ihnen besprechen. Nennen Sie uns zwei oder drei Termine, die Ihnen passen." },
  { organisation: "gateway", locale: "en", title: "First contact: suggest a call", body: "Thank you for your inquiry. We have read your plans and would like to discuss them with you in a short video call. Could you suggest two or three times that suit you?" },
  { organisation: "essen", locale: "de", title: "Übernahme und Besichtigung", body: "Wir haben Ihre Anfrage übernommen und zeigen Ihnen gern passende Flächen in Essen. Wann passt Ihnen ein Besichtigungstermin?" },
  { organisation: "essen", locale: "ja", title: "担当のご挨拶と視察のご案内", body: "このたびお問い合わせを担当することになりました、エッセン経済振興公社です。候補物件の視察をご案内できますので、ご来訪のご予定をお知らせください。" },
];

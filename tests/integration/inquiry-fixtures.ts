// Answers for the inquiry integration tests: a Japanese applicant as a form would
// post them, read as the server reads them (the phone number becomes E.164).
import { normalisePhone } from "@/lib/inquiries/phone";
import { parseInquiry, type InquiryAnswers } from "@/lib/inquiries/schema";

export const japaneseAnswers: InquiryAnswers = (() => {
  const result = parseInquiry({
    direction: "TOKYO_TO_NRW",
    companyName: "株式会社サクラロボティクス",
    companyNameLatin: "Sakura Robotics K.K.",
    website: "https://sakura-robotics.example.jp",
    hqCity: "東京都港区",
    hqCountry: "JP",
    sizeBand: "10-49",
    foundedYear: "2017",
    isStartup: "yes",
    sectors: ["digital", "machinery"],
    supportNeeds: ["location-search", "formation-legal", "visas-relocation"],
    timeline: "6-12",
    plannedInvestment: "250k-1m",
    plannedJobs: "5",
    preferredMunicipalities: ["duesseldorf", "krefeld"],
    description: "当社は、食品工場の包装・仕分けラインで人と並んで作業できる協働ロボットを開発しています。\n欧州のお客様から現地での保守対応を求められているため、NRW州に販売・サービス拠点を設けたいと考えています。",
    contactName: "山田 花子",
    contactRole: "海外事業部 部長",
    contactEmail: "hanako.yamada@example.jp",
    contactPhone: "03-6812-4410",
    replyLocale: "ja",
    privacyConsent: "yes",
  }, { phone: normalisePhone });
  if (!result.ok) throw new Error(`fixture invalid: ${JSON.stringify(result.errors)}`);
  return result.data;
})();

export const aMinuteAgo = () => new Date(Date.now() - 60_000);
